package th.tambondesk.catalog;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A government holiday on a given date. */
@Entity
@Table(name = "catalog_holiday")
class Holiday {

    @Id
    @Column(name = "holiday_date")
    private LocalDate date;
    private String name;
    private boolean verified;

    protected Holiday() {
    }

    Holiday(LocalDate date, String name, boolean verified) {
        this.date = date;
        this.name = name;
        this.verified = verified;
    }

    LocalDate date() {
        return date;
    }

    HolidayView view() {
        return new HolidayView(date, name, verified);
    }

    void confirm() {
        this.verified = true;
    }
}
