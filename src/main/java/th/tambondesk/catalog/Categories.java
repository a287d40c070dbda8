package th.tambondesk.catalog;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Categories extends JpaRepository<ServiceCategory, String> {

    List<ServiceCategory> findAllByOrderByPosition();
}
