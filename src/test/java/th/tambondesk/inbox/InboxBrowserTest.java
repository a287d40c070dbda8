package th.tambondesk.inbox;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import th.tambondesk.BrowserTest;
import th.tambondesk.Browsers;
import th.tambondesk.cases.CaseChannel;
import th.tambondesk.cases.CaseView;
import th.tambondesk.cases.Cases;
import th.tambondesk.cases.OpenCase;
import th.tambondesk.cases.Requester;

/**
 * The inbox in a real browser (Debian's chromium and chromedriver): a staff member takes a LINE case from new to
 * finished, and the resident gets a push for each change and the rating question; another division's staff and the
 * integrity section are closed to them; the auditor gets in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class InboxBrowserTest extends BrowserTest {

    static final WireMockServer LINE = new WireMockServer(wireMockConfig().dynamicPort());

    static {
        LINE.start();
        LINE.stubFor(post(urlEqualTo("/v2/bot/message/push")).willReturn(okJson("{\"sentMessages\":[{\"id\":\"1\"}]}")));
        LINE.stubFor(any(anyUrl()).atPriority(10).willReturn(okJson("{}")));
    }

    @DynamicPropertySource
    static void line(DynamicPropertyRegistry registry) {
        registry.add("line.bot.channel-secret", () -> "browser-test-secret");
        registry.add("line.bot.channel-token", () -> "BROWSER_TEST_TOKEN");
        registry.add("line.bot.api-end-point", () -> LINE.baseUrl() + "/");
        registry.add("line.bot.blob-end-point", () -> LINE.baseUrl() + "/");
    }

    @Autowired
    StaffAccounts accounts;

    @Autowired
    Cases cases;

    @Autowired
    JdbcTemplate jdbc;

    String suffix = Long.toString(System.nanoTime() % 1_000_000, 36);

    @AfterAll
    static void stopLine() {
        LINE.stop();
    }

    @Test
    void takesALineCaseFromNewToFinishedAndTheResidentHearsOfEachStep() throws Exception {
        accounts.create("chang" + suffix, "chang-password-1", "นายช่าง ทดสอบ", Role.STAFF, "works");
        accounts.create("somsri" + suffix, "somsri-password-1", "สมศรี สำนักปลัด", Role.STAFF, "palad");
        accounts.create("audit" + suffix, "audit-password-1", "ผู้ตรวจสอบ", Role.AUDITOR, null);
        String resident = "U" + UUID.randomUUID().toString().replace("-", "");
        CaseView opened = cases.open(new OpenCase(UUID.randomUUID().toString(), "street-light", CaseChannel.LINE,
                new Requester(CaseChannel.LINE, resident, "p"), null, "0812345678",
                List.of(new OpenCase.Detail("รายละเอียด", "ไฟดับหน้าวัด <script>alert(1)</script>")),
                new OpenCase.Place(13.82, 100.06, "หน้าวัด"), List.of()));
        long id = jdbc.queryForObject("select id from service_case where tracking_code = ?", Long.class,
                opened.trackingCode());

        logIn("chang" + suffix, "chang-password-1");
        assertThat(browser.getCurrentUrl()).contains("/inbox/cases");
        browser.findElement(By.linkText(opened.trackingCode())).click();
        assertThat(browser.getPageSource()).contains("ไฟดับหน้าวัด &lt;script&gt;");
        screenshot("case-detail");

        setStatus("RECEIVED", "");
        setStatus("IN_PROGRESS", "ช่างจะเข้าไปซ่อมพรุ่งนี้เช้า");
        browser.findElement(By.id("text")).sendKeys("ขอบคุณที่แจ้งครับ");
        submit(By.cssSelector("form[action$='/reply'] button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("ส่งข้อความแล้ว");
        setStatus("DONE", "เปลี่ยนหลอดไฟแล้ว");
        screenshot("case-done");

        await().atMost(Duration.ofSeconds(15)).until(() -> pushesTo(resident).size() >= 4);
        List<String> pushes = pushesTo(resident).stream().map(LoggedRequest::getBodyAsString).toList();
        assertThat(pushes).anyMatch(p -> p.contains("รับเรื่องแล้ว"));
        assertThat(pushes).anyMatch(p -> p.contains("ช่างจะเข้าไปซ่อมพรุ่งนี้เช้า"));
        assertThat(pushes).anyMatch(p -> p.contains("ขอบคุณที่แจ้งครับ"));
        assertThat(pushes).anyMatch(p -> p.contains("เสร็จสิ้น") && p.contains("rate:" + opened.trackingCode() + ":5"));
        assertThat(pushesTo(resident)).allMatch(r -> r.getHeader("X-Line-Retry-Key") != null);

        logOut();
        logIn("somsri" + suffix, "somsri-password-1");
        browser.get(url("/inbox/cases/" + id));
        assertThat(browser.getPageSource()).contains("ไม่พบ").doesNotContain("ไฟดับหน้าวัด");
        browser.get(url("/inbox/integrity"));
        assertThat(browser.getPageSource()).contains("ไม่มีสิทธิ์เข้าถึง");

        logOut();
        logIn("audit" + suffix, "audit-password-1");
        assertThat(browser.getCurrentUrl()).contains("/inbox/integrity");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("เรื่องแจ้งเบาะแส");
    }

    private void logIn(String username, String password) {
        Browsers.logIn(browser, url(""), username, password);
    }

    private void logOut() {
        browser.findElement(By.cssSelector("form.logout button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().contains("logout"));
    }

    private void setStatus(String status, String note) {
        new Select(browser.findElement(By.id("status"))).selectByValue(status);
        browser.findElement(By.id("note")).sendKeys(note);
        submit(By.cssSelector("form[action$='/status'] button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("บันทึกสถานะแล้ว");
    }

    /** Clicks a submit button and waits for the next page, so nothing is read from the old one. */
    private void submit(By button) {
        org.openqa.selenium.WebElement element = browser.findElement(button);
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(element));
    }

    private List<LoggedRequest> pushesTo(String resident) {
        return LINE.findAll(postRequestedFor(urlEqualTo("/v2/bot/message/push"))).stream()
                .filter(r -> r.getBodyAsString().contains(resident)).toList();
    }


    private void screenshot(String name) throws Exception {
        Browsers.screenshot(browser, name);
    }
}
