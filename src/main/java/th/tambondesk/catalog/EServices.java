package th.tambondesk.catalog;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EServices extends JpaRepository<EService, String> {

    List<EService> findByActiveTrueOrderByPosition();

    List<EService> findByCategoryCodeAndActiveTrueOrderByPosition(String categoryCode);
}
