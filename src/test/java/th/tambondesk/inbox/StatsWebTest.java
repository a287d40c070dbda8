package th.tambondesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import th.tambondesk.cases.CaseChannel;
import th.tambondesk.cases.CaseView;
import th.tambondesk.cases.Cases;
import th.tambondesk.cases.OpenCase;
import th.tambondesk.cases.Requester;
import th.tambondesk.stats.StatsPages;
import th.tambondesk.stats.StatsRefresh;

/**
 * The statistics pages and exports over HTTP, with the ITA's item code for service statistics configured as O18:
 * staff see the report and download the tables, the public sees the aggregates and nothing personal.
 */
@SpringBootTest(properties = {"tambondesk.ita.service-statistics.code=O18",
        "tambondesk.ita.service-statistics.title=สถิติการให้บริการประชาชน"})
@AutoConfigureMockMvc
class StatsWebTest {

    StaffPrincipal staff;
    StaffPrincipal auditor;

    @Autowired
    StaffAccounts accounts;

    @BeforeEach
    void accounts() {
        staff = TestAccounts.account(accounts, "works", Role.STAFF, "works");
        auditor = TestAccounts.account(accounts, "audit", Role.AUDITOR, null);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Cases cases;

    @Autowired
    ApplicationContext context;

    @Autowired
    StatsPages pages;

    @Test
    void staffSeeTheYearsReportWithChartsTablesAndTheConfiguredItemCode() throws Exception {
        CaseView opened = openCase();
        StatsRefresh.now(context);
        int year = pages.currentYear().buddhistYear();
        String page = mvc.perform(get("/inbox/stats").with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("O18 สถิติการให้บริการประชาชน")))
                .andExpect(content().string(containsString("ปีงบประมาณ " + year)))
                .andExpect(content().string(containsString("แจ้งซ่อมไฟฟ้าสาธารณะ")))
                .andExpect(content().string(containsString("data-chart=")))
                .andExpect(content().string(containsString("/webjars/chart.js/4.4.7/dist/chart.umd.js")))
                .andExpect(content().string(containsString("การสแกน QR ตามโปสเตอร์")))
                .andExpect(content().string(containsString("/inbox/stats/" + year + "/o12.xlsx")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain(opened.trackingCode());

        mvc.perform(get("/inbox/stats").param("year", "<script>")).andExpect(redirectedUrl("/inbox/login"));
        mvc.perform(get("/inbox/stats").param("year", "abc").with(user(staff))).andExpect(status().isOk());
        mvc.perform(get("/inbox/stats").with(user(auditor))).andExpect(status().isForbidden());
        mvc.perform(get("/webjars/chart.js/4.4.7/dist/chart.umd.js")).andExpect(status().isOk());
        mvc.perform(get("/js/stats.js")).andExpect(status().isOk());
    }

    @Test
    void exportsComeAsCsvWithBomAndAsXlsxNamedByTheItemCode() throws Exception {
        int year = pages.currentYear().buddhistYear();
        byte[] csv = mvc.perform(get("/inbox/stats/" + year + "/o12.csv").with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", containsString("O18-" + year + ".csv")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        byte[] xlsx = mvc.perform(get("/inbox/stats/" + year + "/o12.xlsx").with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("O18-" + year + ".xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("O18");
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("O18 สถิติการให้บริการประชาชน");
        }
        mvc.perform(get("/inbox/stats/" + year + "/o24.xlsx").with(user(staff))).andExpect(status().isOk());
        mvc.perform(get("/inbox/stats/" + year + "/channels.csv").with(user(staff))).andExpect(status().isOk());
        mvc.perform(get("/inbox/stats/" + year + "/secrets.csv").with(user(staff))).andExpect(status().isNotFound());
        mvc.perform(get("/inbox/stats/" + year + "/o12.pdf").with(user(staff))).andExpect(status().isNotFound());
        mvc.perform(get("/inbox/stats/1999/o12.csv").with(user(staff))).andExpect(status().isNotFound());
        mvc.perform(get("/inbox/stats/" + year + "/o12.csv").with(user(auditor))).andExpect(status().isForbidden());
    }

    @Test
    void thePublicPageShowsTheAggregatesToEveryoneAndNothingPersonal() throws Exception {
        CaseView opened = openCase();
        StatsRefresh.now(context);
        String page = mvc.perform(get("/public/stats"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=300, public"))
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(content().string(containsString("O18 สถิติการให้บริการประชาชน")))
                .andExpect(content().string(containsString("O24")))
                .andExpect(content().string(containsString("แจ้งซ่อมไฟฟ้าสาธารณะ")))
                .andExpect(content().string(containsString("สัดส่วนช่องทางออนไลน์")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain(opened.trackingCode(), "0891112222", "นางสาวสถิติ", "ไฟดับหน้าบ้านสถิติ",
                "pseudo-stat", "การสแกน QR");
        mvc.perform(get("/public/stats").param("year", "1900")).andExpect(status().isOk());
        mvc.perform(get("/public/stats").param("year", "\"><script>")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("\"><script>"))));
    }

    private CaseView openCase() {
        String key = "stat-" + UUID.randomUUID();
        return cases.open(new OpenCase(UUID.randomUUID().toString(), "street-light", CaseChannel.WEB,
                new Requester(CaseChannel.WEB, key, "pseudo-stat"), "นางสาวสถิติ", "0891112222",
                List.of(new OpenCase.Detail("รายละเอียด", "ไฟดับหน้าบ้านสถิติ")), new OpenCase.Place(13.8, 100.0, "หมู่ 2"),
                List.of()));
    }
}
