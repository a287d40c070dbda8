package th.tambondesk.catalog;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FaqEntries extends JpaRepository<FaqEntry, String> {

    List<FaqEntry> findByActiveTrueOrderByPosition();
}
