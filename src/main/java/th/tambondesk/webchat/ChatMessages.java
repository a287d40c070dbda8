package th.tambondesk.webchat;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChatMessages extends JpaRepository<ChatMessage, Long> {

    List<ChatMessage> findTop200BySessionKeyOrderByIdDesc(String sessionKey);

    boolean existsBySessionKey(String sessionKey);

    boolean existsByNotificationKey(String notificationKey);
}
