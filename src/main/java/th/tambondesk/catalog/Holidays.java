package th.tambondesk.catalog;

import java.time.LocalDate;

import org.springframework.data.jpa.repository.JpaRepository;

interface Holidays extends JpaRepository<Holiday, LocalDate> {
}
