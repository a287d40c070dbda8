package th.tambondesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import th.tambondesk.BrowserTest;
import th.tambondesk.Browsers;
import th.tambondesk.cases.CaseChannel;
import th.tambondesk.cases.Cases;
import th.tambondesk.cases.OpenCase;
import th.tambondesk.cases.Requester;
import th.tambondesk.stats.StatsRefresh;

/** The charts draw in a real browser under the strict content security policy, for staff and on the public page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatsBrowserTest extends BrowserTest {

    @Autowired
    StaffAccounts accounts;

    @Autowired
    Cases cases;

    @Autowired
    ApplicationContext context;

    @Test
    void chartsDrawForStaffAndThePublic() throws Exception {
        for (CaseChannel channel : List.of(CaseChannel.LINE, CaseChannel.WEB, CaseChannel.LINE)) {
            cases.open(new OpenCase(UUID.randomUUID().toString(), "garbage", channel,
                    new Requester(channel, "chart-" + UUID.randomUUID(), "pseudo-chart"), null, null,
                    List.of(new OpenCase.Detail("รายละเอียด", "ขยะตกค้าง")), new OpenCase.Place(null, null, "หมู่ 5"),
                    List.of()));
        }
        StatsRefresh.now(context);
        String suffix = Long.toString(System.nanoTime() % 1_000_000, 36);
        accounts.create("stat" + suffix, "stats-password-1", "งานแผน", Role.STAFF, "palad");
        browser.manage().window().setSize(new Dimension(1366, 2400));

        Browsers.logIn(browser, url(""), "stat" + suffix, "stats-password-1");
        browser.get(url("/inbox/stats"));
        waitForCharts(4);
        Browsers.screenshot(browser, "stats-inbox");

        browser.get(url("/public/stats"));
        waitForCharts(3);
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("สถิติการให้บริการ");
        Browsers.screenshot(browser, "stats-public");
    }

    private void waitForCharts(int count) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver ->
                driver.findElements(By.cssSelector("canvas[data-drawn=true]")).size() >= count);
        assertThat(browser.findElements(By.cssSelector("canvas[data-chart]")))
                .allMatch(canvas -> "true".equals(canvas.getAttribute("data-drawn")));
    }
}
