package th.tambondesk.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

interface FixedHolidays extends JpaRepository<FixedHoliday, Long> {
}
