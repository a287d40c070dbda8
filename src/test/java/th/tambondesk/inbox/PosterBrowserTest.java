package th.tambondesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.print.PageMargin;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import th.tambondesk.BrowserTest;
import th.tambondesk.Browsers;
import th.tambondesk.catalog.Catalog;
import th.tambondesk.catalog.ServiceView;

/**
 * Staff make posters in a real browser and print them from headless Chromium: each poster, the general one with
 * every service and the one with the longest service name, comes out as exactly one A4 page set in Sarabun.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "tambondesk.public-url=https://desk.huaichorakhe.go.th", "tambondesk.sao.line-id=@123abcde",
        "tambondesk.sao.phone=034-000000", "tambondesk.sao.address=หมู่ 1 ตำบลห้วยจรเข้ อำเภอเมืองนครปฐม"})
class PosterBrowserTest extends BrowserTest {

    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])");

    @Autowired
    StaffAccounts accounts;

    @Autowired
    Catalog catalog;

    String suffix = Long.toString(System.nanoTime() % 1_000_000, 36);

    @Test
    void everyKindOfPosterPrintsOnExactlyOneA4PageInSarabun() throws Exception {
        accounts.create("pr" + suffix, "poster-password-1", "ฝ่ายประชาสัมพันธ์", Role.STAFF, "palad");
        Browsers.logIn(browser, url(""), "pr" + suffix, "poster-password-1");
        ServiceView longest = catalog.allServices().stream()
                .max(Comparator.comparingInt(s -> s.name().length() + s.documents().size() * 20)).orElseThrow();

        printed("general", make("บอร์ดหน้าสำนักงาน", "FRIEND", null));
        printed("service", make("ศาลาหมู่ 3", "SERVICE", longest.code()));
        printed("integrity", make("ตลาดนัดวันพุธ", "INTEGRITY", null));
        printed("web-chat", make("ห้องสมุดหมู่บ้าน", "WEB_CHAT", null));
    }

    /** Fills in the new-poster form and returns the poster's page. */
    private String make(String name, String target, String service) {
        browser.get(url("/inbox/posters"));
        browser.findElement(By.name("name")).sendKeys(name);
        browser.findElement(By.cssSelector("input[name=target][value=" + target + "]")).click();
        if (service != null) {
            new Select(browser.findElement(By.name("service"))).selectByValue(service);
        }
        browser.findElement(By.cssSelector("form.new-poster button[type=submit]")).click();
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("ทำโปสเตอร์แล้ว");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(name);
        return browser.getCurrentUrl();
    }

    private void printed(String name, String posterPage) throws Exception {
        browser.get(posterPage);
        browser.findElement(By.linkText("พิมพ์โปสเตอร์ A4")).click();
        assertThat(browser.findElement(By.cssSelector(".sheet .qr svg")).isDisplayed()).isTrue();
        Object sarabun = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "document.fonts.ready.then(() => done(document.fonts.check('16px Sarabun', 'ก')"
                        + " && getComputedStyle(document.body).fontFamily.includes('Sarabun')));");
        assertThat(sarabun).as("Sarabun is loaded and used").isEqualTo(true);
        // What the printer gets, for a human to look at: print media, the whole A4 page at 96 dpi.
        browser.manage().window().setSize(new Dimension(840, 1300));
        browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        Browsers.screenshot(browser, "poster-" + name);
        browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));

        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(29.7, 21.0));
        options.setPageMargin(new PageMargin(0, 0, 0, 0));
        options.setBackground(true);
        options.setShrinkToFit(false);
        byte[] pdf = Base64.getDecoder().decode(browser.print(options).getContent());
        Path dir = Path.of("target", "posters");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".pdf"), pdf);

        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher pages = PAGE.matcher(raw);
        int count = 0;
        while (pages.find()) {
            count++;
        }
        assertThat(count).as("pages of the %s poster", name).isEqualTo(1);
        assertThat(raw).as("the %s poster embeds Sarabun", name).containsPattern("/BaseFont\\s*/[A-Z]{6}\\+Sarabun");
    }

}
