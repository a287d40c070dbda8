package th.tambondesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CatalogSeedTest {

    private static CatalogSeed.SeedFile huaiChorakhe() throws IOException {
        try (InputStream in = CatalogSeedTest.class.getResourceAsStream("/catalog/huai-chorakhe.yml")) {
            return CatalogSeed.parse(in, "huai-chorakhe.yml");
        }
    }

    @Test
    void offersAtLeastFifteenServicesEachWithStepsDivisionAndWhatToAsk() throws IOException {
        List<CatalogSeed.SeedService> services = huaiChorakhe().categories().stream()
                .flatMap(c -> c.services().stream()).toList();

        assertThat(services).hasSizeGreaterThanOrEqualTo(15);
        assertThat(services).extracting(CatalogSeed.SeedService::name).contains(
                "แจ้งซ่อมไฟฟ้าสาธารณะ", "แจ้งซ่อมถนน/ท่อระบายน้ำ", "แจ้งขยะตกค้าง/ขอถังขยะ", "ขอรถบรรทุกน้ำอุปโภคบริโภค",
                "ขอตัดต้นไม้/กิ่งไม้", "ขอรับการฉีดพ่นหมอกควันป้องกันไข้เลือดออก", "ขอความช่วยเหลือสาธารณภัย",
                "ขออนุญาตก่อสร้าง ดัดแปลง รื้อถอนอาคาร", "ขออนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ", "จดทะเบียนพาณิชย์",
                "ลงทะเบียนเบี้ยยังชีพผู้สูงอายุ", "ลงทะเบียนเบี้ยความพิการ", "ภาษีที่ดินและสิ่งปลูกสร้าง/ภาษีป้าย",
                "ขอใช้สถานที่และยืมวัสดุอุปกรณ์", "ขอข้อมูลข่าวสารของราชการ");
        assertThat(services).allSatisfy(s -> {
            assertThat(s.steps()).isNotEmpty();
            assertThat(s.fields()).isNotEmpty();
            assertThat(s.division()).isNotBlank();
        });
    }

    @Test
    void usesOnlyTheStandardTimesTheLawSetsAndLeavesTheUnknownUnknown() throws IOException {
        List<CatalogSeed.SeedService> services = huaiChorakhe().categories().stream()
                .flatMap(c -> c.services().stream()).toList();

        assertThat(services).filteredOn(s -> !"unknown".equals(s.standardTime().basis()))
                .extracting(s -> s.code() + "=" + s.standardTime().days() + "/" + s.standardTime().basis())
                .containsExactlyInAnyOrder("building-permit=45/law", "health-license=30/law");
    }

    @Test
    void namesTheEntryOfEveryMistake() {
        String yaml = """
                divisions:
                  - {code: works, name: กองช่าง, duties: ซ่อม}
                categories:
                  - code: repair
                    name: ซ่อม
                    services:
                      - code: street-light
                        name: แจ้งซ่อมไฟฟ้าสาธารณะ
                        description: ไฟดับ
                        whoMayAsk: ทุกคน
                        division: roads
                        steps: [{text: รับแจ้ง}]
                        standardTime: {basis: someday}
                        fields:
                          - {key: phone, type: phon, label: โทร, question: "เบอร์"}
                          - {key: kind, type: choice, label: ชนิด, question: "ชนิด", options: [เดียว]}
                          - {key: topic, type: choice, label: เรื่อง, question: "เรื่อง",
                             options: [สอบถามยอดภาษีที่ดินและสิ่งปลูกสร้าง, อื่น ๆ]}
                          - {key: born, type: date, label: วันเกิด, question: "เกิดวันไหน", dates: yesterday}
                """;

        assertThatThrownBy(() -> CatalogSeed.parse(stream(yaml), "test.yml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test.yml")
                .hasMessageContaining("service 'street-light': division 'roads' is not in divisions")
                .hasMessageContaining("service 'street-light': standardTime.basis 'someday'")
                .hasMessageContaining("field 'phone': unknown type 'phon'")
                .hasMessageContaining("field 'kind': a choice needs 2 to 12 options")
                .hasMessageContaining("field 'topic': option 'สอบถามยอดภาษีที่ดินและสิ่งปลูกสร้าง' is 35 characters; "
                        + "a LINE button shows 20")
                .hasMessageContaining("field 'born': dates is any, past or future");
    }

    @Test
    void refusesMisspelledKeys() {
        String yaml = """
                divisions: [{code: works, name: กองช่าง, duties: ซ่อม, verifed: true}]
                categories: []
                """;

        assertThatThrownBy(() -> CatalogSeed.parse(stream(yaml), "typo.yml"))
                .hasMessageContaining("typo.yml").hasMessageContaining("verifed");
    }

    private static InputStream stream(String yaml) {
        return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
    }
}
