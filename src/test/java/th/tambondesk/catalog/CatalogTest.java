package th.tambondesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** The seeded catalogue as the chat uses it: finding services in Thai text, the FAQ, and working days. */
@SpringBootTest
class CatalogTest {

    @Autowired
    Catalog catalog;

    @Autowired
    Faq faq;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    CatalogAdmin admin;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CatalogSeed seed;

    @Test
    void aRestartDoesNotReadAFileItHasLoadedButANewVersionIsRead() {
        assertThat(jdbc.queryForObject("select count(*) from catalog_seed_entry where kind = 'file'", Integer.class))
                .isEqualTo(1);
        jdbc.update("delete from catalog_seed_entry where kind = 'service' and code = 'earthworks'");
        jdbc.update("delete from catalog_service where code = 'earthworks'");

        seed.afterPropertiesSet();
        assertThat(catalog.service("earthworks")).as("the same file is not read again").isEmpty();

        jdbc.update("delete from catalog_seed_entry where kind = 'file'");
        seed.afterPropertiesSet();
        assertThat(catalog.service("earthworks")).as("a file not seen before is read; its new entries are added")
                .isPresent();
    }

    @Test
    void findsTheServiceATextNamesThoughThaiHasNoSpaces() {
        assertThat(catalog.match("ไฟดับหน้าบ้าน")).map(m -> m.service().code()).contains("street-light");
        assertThat(catalog.match("ถนนหน้าบ้านเป็นหลุมใหญ่มาก")).map(m -> m.service().code()).contains("road-drain");
        assertThat(catalog.match("ขอรถน้ำด่วนค่ะ น้ำไม่ไหลสามวันแล้ว")).map(m -> m.service().code()).contains("water-truck");
        assertThat(catalog.match("ไฟ\u200Bดับ")).map(m -> m.service().code()).contains("street-light");
        assertThat(catalog.match("ยุงเยอะมาก")).map(m -> m.service().code()).contains("fogging");
        assertThat(catalog.match("ขอบคุณมากครับ")).isEmpty();
    }

    /** What residents type, and the service it must reach: the keyword review of the whole catalogue. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} → {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            ป้ายจราจรหน้าโรงเรียนล้ม             | general
            ภาษีป้ายร้านต้องยื่นที่ไหน               | local-tax
            ขอซ่อมบ้านผู้สูงอายุอยู่คนเดียว            | home-repair
            ซ่อมบ้านคนพิการ หลังคาผุ               | home-repair
            รถขนดินทำฝุ่นเต็มถนน                 | nuisance
            จะถมดินสร้างบ้าน ต้องแจ้งไหม            | earthworks
            แจ้งก่อสร้างตามมาตรา 39 ทวิ            | building-notice
            ขออนุญาตสร้างบ้าน 2 ชั้น               | building-permit
            จะเปิดร้านอาหารตามสั่ง                 | food-premises
            ตั้งแผงขายผลไม้ริมถนน                 | street-vending
            พาหมาไปฉีดวัคซีนพิษสุนัขบ้า             | pet-registration
            ลูกเพิ่งคลอดเมื่อเดือนที่แล้ว               | newborn-grant
            สมัครเรียนศูนย์เด็กเล็กให้หลาน           | child-centre
            แม่ที่รับเบี้ยผู้สูงอายุเสียชีวิตแล้ว          | allowance-change
            ประปาหมู่บ้านไม่ไหลสองวัน              | village-water
            ขยะไม่มีคนมาเก็บสามวันแล้ว             | garbage
            เผาขยะควันเข้าบ้าน                    | nuisance
            ยุงลายเยอะมาก                        | fogging
            """)
    void everyServiceIsReachedByWhatResidentsTypeAndNoneMisroutes(String text, String expected) {
        String found = catalog.match(text).map(m -> m.service().code()).orElse("general");
        assertThat(found).isEqualTo(expected);
    }

    @Test
    void whetherAServiceNeedsDocumentsIsAFieldOfTheCatalogue() {
        assertThat(catalog.service("street-light")).get().extracting(ServiceView::needsDocuments).isEqualTo(false);
        assertThat(catalog.service("elderly-allowance")).get().extracting(ServiceView::needsDocuments).isEqualTo(true);
        assertThat(jdbc.queryForObject("select needs_documents from catalog_service where code = 'road-drain'",
                Boolean.class)).isFalse();
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

    @Test
    @WithMockUser(roles = "ADMIN")
    void anEditShowsInChatAtOnceAndAnotherInstancesEditWithinTheRefresh() throws InterruptedException {
        ServiceEdit original = admin.service("street-light");
        List<String> keywords = new ArrayList<>(original.keywords());
        keywords.add("คำค้นทดสอบ");
        try {
            assertThat(catalog.match("มีคำค้นทดสอบอยู่")).isEmpty();
            admin.saveService(withKeywords(original, keywords));
            assertThat(catalog.match("มีคำค้นทดสอบอยู่")).map(m -> m.service().code()).contains("street-light");
        } finally {
            admin.saveService(original);
        }
        assertThat(catalog.match("มีคำค้นทดสอบอยู่")).isEmpty();

        // Another instance renames a division: this one reads its copy again within tambondesk.catalog.refresh.
        String name = catalog.division("palad").orElseThrow().name();
        try {
            jdbc.update("update catalog_division set name = ? where code = 'palad'", "สำนักปลัด (ชื่อใหม่)");
            long until = System.nanoTime() + 5_000_000_000L;
            while (!catalog.division("palad").orElseThrow().name().equals("สำนักปลัด (ชื่อใหม่)")
                    && System.nanoTime() < until) {
                Thread.sleep(100);
            }
            assertThat(catalog.division("palad")).get().extracting(DivisionView::name).isEqualTo("สำนักปลัด (ชื่อใหม่)");
            assertThat(catalog.service("water-truck")).get().extracting(s -> s.division().name())
                    .isEqualTo("สำนักปลัด (ชื่อใหม่)");
        } finally {
            jdbc.update("update catalog_division set name = ? where code = 'palad'", name);
        }
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void theAdminPageKeepsTheRulesOfTheCatalogueFile() {
        ServiceEdit original = admin.service("street-light");
        List<FieldSpec> tooManyPhotos = original.fields().stream()
                .map(f -> f.type() != FieldType.PHOTO ? f : new FieldSpec(f.key(), f.type(), f.label(), f.question(),
                        f.required(), f.prefill(), 50, f.options(), f.dates()))
                .toList();
        ServiceEdit edit = new ServiceEdit(original.code(), original.categoryCode(), original.kind(), original.name(),
                original.description(), original.whoMayAsk(), original.divisionCode(), original.documents(),
                original.steps(), tooManyPhotos, original.keywords(), original.standardTime(), original.active(),
                original.fee(), original.feeVerified(), original.complaintChannel(), original.nearbyRadius(),
                original.needsDocuments());

        assertThatThrownBy(() -> admin.saveService(edit)).isInstanceOf(CatalogAdmin.Invalid.class)
                .hasMessageContaining("admin.invalid.photos");
        assertThat(catalog.service("street-light")).get().extracting(s -> s.fields().stream()
                .filter(f -> f.type() == FieldType.PHOTO).findFirst().orElseThrow().max()).isEqualTo(3);
    }

    private static ServiceEdit withKeywords(ServiceEdit e, List<String> keywords) {
        return new ServiceEdit(e.code(), e.categoryCode(), e.kind(), e.name(), e.description(), e.whoMayAsk(),
                e.divisionCode(), e.documents(), e.steps(), e.fields(), keywords, e.standardTime(), e.active(), e.fee(),
                e.feeVerified(), e.complaintChannel(), e.nearbyRadius(), e.needsDocuments());
    }
}
