package th.tambondesk.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A holiday on the same day every year, used for years whose dated list is not known yet. */
@Entity
@Table(name = "catalog_fixed_holiday")
class FixedHoliday {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "holiday_month")
    private int month;
    @Column(name = "holiday_day")
    private int day;
    private String name;

    protected FixedHoliday() {
    }

    FixedHoliday(int month, int day, String name) {
        this.month = month;
        this.day = day;
        this.name = name;
    }

    int month() {
        return month;
    }

    int day() {
        return day;
    }
}
