package th.tambondesk.inbox;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CannedReplies extends JpaRepository<CannedReply, Long> {

    List<CannedReply> findAllByOrderByPositionAscIdAsc();
}
