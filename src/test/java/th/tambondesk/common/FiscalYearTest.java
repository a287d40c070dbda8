package th.tambondesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FiscalYearTest {

    @Test
    void runsFromFirstOctoberToThirtiethSeptemberAndIsNamedInBuddhistEra() {
        assertThat(FiscalYear.of(LocalDate.of(2024, 9, 30)).buddhistYear()).isEqualTo(2567);
        assertThat(FiscalYear.of(LocalDate.of(2024, 10, 1)).buddhistYear()).isEqualTo(2568);
        FiscalYear fy2568 = new FiscalYear(2568);
        assertThat(fy2568.firstDay()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(fy2568.lastDay()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(fy2568.label()).isEqualTo("ปีงบประมาณ 2568");
    }
}
