package th.tambondesk.cases;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseAttachments extends JpaRepository<CaseAttachment, Long> {

    long countByCaseIdAndKind(Long caseId, CaseAttachment.Kind kind);

    @org.springframework.data.jpa.repository.Modifying
    @Query("delete from CaseAttachment a where a.caseId = ?1")
    void deleteByCaseId(Long caseId);

    /** Ids and kinds only: the photos themselves are read one at a time. */
    @Query("select new th.tambondesk.cases.StaffCaseView$Photo(a.id, a.kind) from CaseAttachment a "
            + "where a.caseId = ?1 order by a.id")
    List<StaffCaseView.Photo> listOf(Long caseId);
}
