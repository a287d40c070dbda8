package th.tambondesk.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import th.tambondesk.cases.CaseChannel;
import th.tambondesk.cases.Cases;
import th.tambondesk.cases.OpenCase;
import th.tambondesk.catalog.Catalog;
import th.tambondesk.catalog.CatalogAdmin;
import th.tambondesk.catalog.ServiceEdit;
import th.tambondesk.common.ChatCommands;

/**
 * Posters end to end over HTTP, with the public address and the LINE account configured: every code the server
 * draws decodes to its short link, the short link counts the scan and redirects to the right place, and unknown or
 * retired codes get the general page.
 */
@SpringBootTest(properties = {"tambondesk.public-url=https://desk.huaichorakhe.go.th/",
        "tambondesk.sao.line-id=@123abcde"})
@AutoConfigureMockMvc
class PosterScanTest {

    static final String BASE = "https://desk.huaichorakhe.go.th";
    static final String ADD_FRIEND = "https://line.me/R/ti/p/%40123abcde";
    static final String IPHONE_LINE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Mobile/15E148 Safari Line/14.9.0";
    static final String ANDROID = "Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/125.0.0.0 Mobile Safari/537.36";
    static final String PREVIEW_BOT = "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)";

    @Autowired
    ReceiptQr receiptQr;

    @Autowired
    CatalogAdmin catalogAdmin;

    @Autowired
    MockMvc mvc;

    @Autowired
    Posters posters;

    @Autowired
    Catalog catalog;

    @Autowired
    Cases cases;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyPosterCodeDecodesToItsShortLinkThatCountsTheScanAndLeadsToItsTarget() throws Exception {
        String lightName = catalog.service("street-light").orElseThrow().name();
        record Expect(PosterTarget target, String service, String destination) {
        }
        List<Expect> expectations = List.of(
                new Expect(PosterTarget.FRIEND, null, ADD_FRIEND),
                new Expect(PosterTarget.SERVICE, "street-light",
                        "https://line.me/R/oaMessage/%40123abcde/?" + encode(ChatCommands.request(lightName))),
                new Expect(PosterTarget.INTEGRITY, null,
                        "https://line.me/R/oaMessage/%40123abcde/?" + encode(ChatCommands.INTEGRITY)),
                new Expect(PosterTarget.WEB_CHAT, null, "/chat"),
                new Expect(PosterTarget.WEB_CHAT, "street-light", "/chat?say=" + encode(ChatCommands.request(lightName))));
        for (Expect expect : expectations) {
            PosterView poster = posters.create("จุด " + expect.target() + " " + UUID.randomUUID(), expect.target(),
                    expect.service(), "staff");
            assertThat(poster.printable()).isTrue();
            String link = BASE + "/q/" + poster.code();
            assertThat(poster.shortLink()).isEqualTo(link);

            byte[] png = mvc.perform(get("/inbox/posters/" + poster.id() + "/qr.png").with(user("staff").roles("STAFF")))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "image/png"))
                    .andExpect(header().string("Content-Disposition", containsString("qr-" + poster.code() + ".png")))
                    .andReturn().getResponse().getContentAsByteArray();
            var image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image.getWidth()).isGreaterThanOrEqualTo(1000);
            assertThat(QrImagesTest.decode(image).getText()).isEqualTo(link);
            String svg = mvc.perform(get("/inbox/posters/" + poster.id() + "/qr.svg").with(user("staff").roles("STAFF")))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", containsString("image/svg+xml")))
                    .andReturn().getResponse().getContentAsString();
            assertThat(QrImagesTest.decode(QrImagesTest.rasterize(svg, 6)).getText()).isEqualTo(link);

            mvc.perform(get(link.substring(BASE.length())).header("User-Agent", IPHONE_LINE))
                    .andExpect(status().isFound())
                    .andExpect(redirectedUrl(expect.destination()))
                    .andExpect(header().string("Cache-Control", "no-store"))
                    .andExpect(header().doesNotExist("Set-Cookie"));
            assertThat(jdbc.queryForMap("select source, device, line_app from qr_scan where poster_id = ?", poster.id()))
                    .containsEntry("source", "POSTER").containsEntry("device", "IOS").containsEntry("line_app", true);
        }
    }

    @Test
    void codesAreReadWhateverTheCaseAndRobotsAndHeadRequestsAreNotCounted() throws Exception {
        PosterView poster = posters.create("ศาลาหมู่ 3", PosterTarget.FRIEND, null, "staff");
        String path = "/q/" + poster.code().toLowerCase();
        mvc.perform(get(path).header("User-Agent", ANDROID)).andExpect(redirectedUrl(ADD_FRIEND));
        mvc.perform(get(path).header("User-Agent", PREVIEW_BOT)).andExpect(redirectedUrl(ADD_FRIEND));
        mvc.perform(head(path).header("User-Agent", ANDROID)).andExpect(status().isFound());
        mvc.perform(get(path)).andExpect(redirectedUrl(ADD_FRIEND));
        assertThat(jdbc.queryForList("select device from qr_scan where poster_id = ? order by id", String.class,
                poster.id())).containsExactly("ANDROID", "OTHER");

        PosterView counted = posters.get(poster.id()).orElseThrow();
        assertThat(counted.scans()).isEqualTo(2);
        assertThat(counted.scansLast30Days()).isEqualTo(2);
        assertThat(counted.lastScan()).isNotNull();
        PosterStats stats = posters.stats(poster.id());
        assertThat(stats.months()).hasSize(12);
        assertThat(stats.months().get(11).scans()).isEqualTo(2);
        assertThat(stats.devices()).extracting(PosterStats.Count::label).containsExactlyInAnyOrder("Android", "อื่น ๆ");
        assertThat(stats.lineApp()).isZero();
    }

    @Test
    void oneClientScanningAgainAndAgainCountsOnce() throws Exception {
        // Security review (issue 26): one client could inflate a poster's count at will.
        PosterView poster = posters.create("ป้ายหน้าวัด", PosterTarget.FRIEND, null, "staff");
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/q/" + poster.code()).header("User-Agent", ANDROID)).andExpect(redirectedUrl(ADD_FRIEND));
        }
        assertThat(posters.get(poster.id()).orElseThrow().scans()).isEqualTo(1);
        mvc.perform(get("/q/" + poster.code()).header("User-Agent", IPHONE_LINE)).andExpect(redirectedUrl(ADD_FRIEND));
        mvc.perform(get("/q/" + poster.code()).header("User-Agent", ANDROID).with(request -> {
            request.setRemoteAddr("198.51.100.9");
            return request;
        })).andExpect(redirectedUrl(ADD_FRIEND));
        assertThat(posters.get(poster.id()).orElseThrow().scans()).as("another browser, another address").isEqualTo(3);
    }

    @Test
    void unknownAndRetiredCodesShowTheGeneralPageWithTheGeneralCode() throws Exception {
        String page = mvc.perform(get("/q/ZZZZZZ").header("User-Agent", ANDROID))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().string(containsString("ไม่พบ QR นี้")))
                .andExpect(content().string(containsString("องค์การบริหารส่วนตำบลห้วยจรเข้")))
                .andExpect(content().string(containsString("@123abcde")))
                .andReturn().getResponse().getContentAsString();
        String svg = page.substring(page.indexOf("<svg"), page.indexOf("</svg>") + 6);
        assertThat(QrImagesTest.decode(QrImagesTest.rasterize(svg, 6)).getText()).isEqualTo(BASE + "/q");
        mvc.perform(get("/q/<script>")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>"))));
        mvc.perform(get("/q/" + "A".repeat(500))).andExpect(status().isOk());

        PosterView poster = posters.create("ตลาดนัดวันพุธ", PosterTarget.INTEGRITY, null, "staff");
        posters.retire(poster.id());
        mvc.perform(get("/q/" + poster.code()).header("User-Agent", ANDROID))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("QR นี้เลิกใช้แล้ว")));
        assertThat(posters.get(poster.id()).orElseThrow().problems()).containsExactly(PosterView.Problem.RETIRED);
        assertThat(posters.stats(poster.id()).afterRetirement()).isEqualTo(1);
        mvc.perform(get("/inbox/posters/" + poster.id() + "/qr.png").with(user("staff").roles("STAFF")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("เลิกใช้แล้ว")));

        posters.reactivate(poster.id());
        mvc.perform(get("/q/" + poster.code()).header("User-Agent", ANDROID)).andExpect(status().isFound());
    }

    @Test
    void theGeneralLinkAndReceiptLinksCountTooAndLeadIntoTheChat() throws Exception {
        long before = jdbc.queryForObject("select count(*) from qr_scan where source = 'GENERAL'", Long.class);
        long beforeThisMonth = generalScansThisMonth();
        mvc.perform(get("/q").header("User-Agent", ANDROID)).andExpect(redirectedUrl(ADD_FRIEND));
        assertThat(jdbc.queryForObject("select count(*) from qr_scan where source = 'GENERAL'", Long.class))
                .isEqualTo(before + 1);
        assertThat(generalScansThisMonth()).as("the monthly count the statistics read").isEqualTo(beforeThisMonth + 1);

        var walkIn = cases.openWalkIn(new OpenCase(UUID.randomUUID().toString(), "water-truck", CaseChannel.WALK_IN,
                null, "นางสมศรี", "0812345678", List.of(new OpenCase.Detail("รายละเอียด", "ขอน้ำ")),
                new OpenCase.Place(null, null, "หมู่ 3"), List.of()));
        String linkCode = cases.linkCode(walkIn.trackingCode()).orElseThrow();
        // The receipt page carries the image itself (the inbox tests show who may open that page).
        String dataUri = receiptQr.dataUri(linkCode).orElseThrow();
        assertThat(dataUri).startsWith("data:image/png;base64,");
        byte[] png = Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1));
        String link = QrImagesTest.decode(ImageIO.read(new ByteArrayInputStream(png))).getText();
        assertThat(link).isEqualTo(BASE + "/q/c/" + linkCode);
        mvc.perform(get("/q/c/" + linkCode.toLowerCase()).header("User-Agent", IPHONE_LINE))
                .andExpect(redirectedUrl("https://line.me/R/oaMessage/%40123abcde/?" + encode(ChatCommands.link(linkCode))));
        mvc.perform(get("/q/c/not-a-code")).andExpect(status().isOk())
                .andExpect(content().string(containsString("ไม่พบ QR นี้")));
        // No address serves a receipt's code by case number.
        mvc.perform(get("/inbox/receipts/" + walkIn.trackingCode() + "/qr.png").with(user("staff").roles("STAFF")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aServiceClosedAfterPrintingLeadsToTheAccountInstead() throws Exception {
        PosterView poster = posters.create("หน้าห้องกองช่าง", PosterTarget.SERVICE, "fogging", "staff");
        // The admin closes the service in the catalogue pages.
        ServiceEdit open = asAdmin(() -> catalogAdmin.service("fogging"));
        asAdmin(() -> {
            catalogAdmin.saveService(new ServiceEdit(open.code(), open.categoryCode(), open.kind(), open.name(),
                    open.description(), open.whoMayAsk(), open.divisionCode(), open.documents(), open.steps(),
                    open.fields(), open.keywords(), open.standardTime(), false, open.fee(), open.feeVerified(),
                    open.complaintChannel(), open.nearbyRadius(), open.needsDocuments()));
            return null;
        });
        try {
            mvc.perform(get("/q/" + poster.code()).header("User-Agent", ANDROID)).andExpect(redirectedUrl(ADD_FRIEND));
            assertThat(posters.get(poster.id()).orElseThrow().problems())
                    .containsExactly(PosterView.Problem.SERVICE_CLOSED);
        } finally {
            asAdmin(() -> {
                catalogAdmin.saveService(open);
                return null;
            });
        }
    }

    @Test
    void onlyStaffAndAdminsReachPosterImagesAndPages() throws Exception {
        PosterView poster = posters.create("บอร์ดหน้าสำนักงาน", PosterTarget.FRIEND, null, "staff");
        mvc.perform(get("/inbox/posters/" + poster.id() + "/qr.png"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/inbox/login"));
        mvc.perform(get("/inbox/posters/" + poster.id() + "/print").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/inbox/posters/" + poster.id() + "/qr.svg").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk());
        mvc.perform(get("/inbox/posters/999999/qr.png").with(user("staff").roles("STAFF")))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePrintedPosterCarriesTheSaoTheServiceTheStepsTheTimeTheCodeAndTheLink() throws Exception {
        var light = catalog.service("street-light").orElseThrow();
        PosterView poster = posters.create("เสาไฟหน้าวัด", PosterTarget.SERVICE, "street-light", "staff");
        mvc.perform(get("/inbox/posters/" + poster.id() + "/print").with(user("staff").roles("STAFF")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("องค์การบริหารส่วนตำบลห้วยจรเข้")))
                .andExpect(content().string(containsString(light.name())))
                .andExpect(content().string(containsString("สแกน QR")))
                .andExpect(content().string(containsString("ระยะเวลาดำเนินการ")))
                .andExpect(content().string(containsString("<p class=\"fee\">ไม่มีค่าธรรมเนียม</p>")))
                .andExpect(content().string(containsString(light.standardTime().known()
                        ? light.standardTime().label() : "เจ้าหน้าที่จะแจ้งระยะเวลา")))
                .andExpect(content().string(containsString(BASE + "/q/" + poster.code())))
                .andExpect(content().string(containsString("@123abcde")))
                .andExpect(content().string(containsString(BASE + "/chat")))
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("/fonts/sarabun.css")));

        PosterView general = posters.create("บอร์ดหน้าสำนักงาน", PosterTarget.FRIEND, null, "staff");
        MvcResult printed = mvc.perform(get("/inbox/posters/" + general.id() + "/print").with(user("staff").roles("STAFF")))
                .andExpect(status().isOk()).andReturn();
        String html = printed.getResponse().getContentAsString();
        catalog.allServices().stream().limit(PosterPrintController.LISTED_SERVICES)
                .forEach(s -> assertThat(html).contains(s.name()));
    }

    private long generalScansThisMonth() {
        return posters.scansPerMonth(List.of(java.time.YearMonth.now(th.tambondesk.common.ThaiDates.ZONE))).stream()
                .filter(row -> row.name().startsWith("ลิงก์ทั่วไป")).findFirst().orElseThrow().total();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static <T> T asAdmin(java.util.function.Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
