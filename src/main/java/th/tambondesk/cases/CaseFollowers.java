package th.tambondesk.cases;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseFollowers extends JpaRepository<CaseFollower, Long> {

    @Query("select f from CaseFollower f where f.caseId = ?1 order by f.id")
    List<CaseFollower> ofCase(Long caseId);

    @Query("select count(f) > 0 from CaseFollower f"
            + " where f.caseId = ?1 and f.residentChannel = ?2 and f.residentKey = ?3")
    boolean follows(Long caseId, CaseChannel channel, String key);

    @Query("select f.caseId from CaseFollower f where f.residentChannel = ?1 and f.residentKey = ?2")
    List<Long> casesFollowedBy(CaseChannel channel, String key);
}
