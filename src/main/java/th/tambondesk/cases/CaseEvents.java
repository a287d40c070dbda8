package th.tambondesk.cases;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseEvents extends JpaRepository<CaseEvent, Long> {

    List<CaseEvent> findByCaseIdAndVisibleToResidentTrueOrderById(Long caseId);

    List<CaseEvent> findByCaseIdOrderById(Long caseId);
}
