package th.tambondesk.cases;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseAttachments extends JpaRepository<CaseAttachment, Long> {

    long countByCaseIdAndKind(Long caseId, String kind);
}
