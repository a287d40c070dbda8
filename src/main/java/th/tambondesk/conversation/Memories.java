package th.tambondesk.conversation;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Memories extends JpaRepository<Memory, String> {

    @Query("select m.residentId from Memory m where m.lastActivity < ?1")
    List<String> idleSince(Instant before);
}
