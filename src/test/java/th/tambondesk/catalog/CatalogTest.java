package th.tambondesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The seeded catalogue as the chat uses it: finding services in Thai text, the FAQ, and working days. */
@SpringBootTest
class CatalogTest {

    @Autowired
    Catalog catalog;

    @Autowired
    Faq faq;

    @Autowired
    WorkingDays workingDays;

    @Test
    void findsTheServiceATextNamesThoughThaiHasNoSpaces() {
        assertThat(catalog.match("ไฟดับหน้าบ้าน")).map(m -> m.service().code()).contains("street-light");
        assertThat(catalog.match("ถนนหน้าบ้านเป็นหลุมใหญ่มาก")).map(m -> m.service().code()).contains("road-drain");
        assertThat(catalog.match("ขอรถน้ำด่วนค่ะ น้ำไม่ไหลสามวันแล้ว")).map(m -> m.service().code()).contains("water-truck");
        assertThat(catalog.match("ไฟ\u200Bดับ")).map(m -> m.service().code()).contains("street-light");
        assertThat(catalog.match("ยุงเยอะมาก")).map(m -> m.service().code()).contains("fogging");
        assertThat(catalog.match("ขอบคุณมากครับ")).isEmpty();
    }

    @Test
    void answersQuestionsFromTheCatalogueAndHidesWhatIsNotConfigured() {
        assertThat(faq.match("ภาษีป้ายยื่นเมื่อไร")).map(m -> m.faq().code()).contains("sign-tax");
        assertThat(faq.get("divisions")).get().extracting(FaqView::answer).asString()
                .contains("กองช่าง").contains("กองคลัง");
        // The office's phone and hours are unknown until the SAO sets them: not offered, not guessed.
        assertThat(faq.available()).extracting(FaqView::code).doesNotContain("phone", "hours", "address");
        assertThat(faq.match("เบอร์โทร อบต")).isEmpty();
    }

    @Test
    void countsWorkingDaysWithoutWeekendsAndHolidays() {
        // Fri 3 Oct 2025 + 10 working days: 13 Oct (วันนวมินทรมหาราช) and 23 Oct (วันปิยมหาราช) are holidays.
        assertThat(workingDays.add(LocalDate.of(2025, 10, 3), 10)).isEqualTo(LocalDate.of(2025, 10, 20));
        assertThat(workingDays.add(LocalDate.of(2025, 10, 17), 5)).isEqualTo(LocalDate.of(2025, 10, 27));
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse();
    }

    @Test
    void usesFixedHolidaysMovedOffWeekendsForYearsWithoutAList() {
        // FY2570 has no dated list: 5 Dec 2026 is a Saturday, observed on Monday 7 Dec; 10 Dec is a Thursday.
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 12, 7))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 12, 8))).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 12, 10))).isFalse();
        assertThat(workingDays.add(LocalDate.of(2026, 12, 4), 3)).isEqualTo(LocalDate.of(2026, 12, 11));
    }
}
