package th.tambondesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ThaiDatesTest {

    @Test
    void writesBuddhistEraYearsAndThaiMonths() {
        assertThat(ThaiDates.longDate(LocalDate.of(2025, 12, 5))).isEqualTo("5 ธันวาคม 2568");
        assertThat(ThaiDates.shortDate(LocalDate.of(2026, 1, 2))).isEqualTo("2 ม.ค. 69");
        assertThat(ThaiDates.monthYear(java.time.YearMonth.of(2026, 11))).isEqualTo("พฤศจิกายน 2569");
    }

    @Test
    void usesThailandsTimeZone() {
        // 20:30 UTC on 31 Dec 2025 is already 1 Jan 2026 in Bangkok
        assertThat(ThaiDates.shortDateTime(Instant.parse("2025-12-31T20:30:00Z"))).isEqualTo("1 ม.ค. 69 03:30 น.");
    }

    @Test
    void readsDatesAsThaiPeopleTypeThem() {
        assertThat(ThaiDates.parse("15/12/2569")).contains(LocalDate.of(2026, 12, 15));
        assertThat(ThaiDates.parse("15-12-69")).contains(LocalDate.of(2026, 12, 15));
        assertThat(ThaiDates.parse("1.2.2026")).contains(LocalDate.of(2026, 2, 1));
        assertThat(ThaiDates.parse("15 ธันวาคม 2569")).contains(LocalDate.of(2026, 12, 15));
        assertThat(ThaiDates.parse("15 ธ.ค. 69")).contains(LocalDate.of(2026, 12, 15));
        assertThat(ThaiDates.parse("๑๕/๑๒/๒๕๖๙")).contains(LocalDate.of(2026, 12, 15));
        assertThat(ThaiDates.parse("31/02/2569")).isEmpty();
        assertThat(ThaiDates.parse("พรุ่งนี้")).isEmpty();
    }
}
