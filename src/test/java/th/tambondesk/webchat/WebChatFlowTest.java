package th.tambondesk.webchat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The web chat talks to the same dialogue as LINE, escapes everything and needs no login. */
@SpringBootTest
@AutoConfigureMockMvc
class WebChatFlowTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPosterLinkTypesTheRequestInButSendsNothingUntilTheResidentDoes() throws Exception {
        long before = jdbc.queryForObject("select count(*) from webchat_message", Long.class);
        mvc.perform(get("/chat").param("say", "ยื่นคำขอ แจ้งซ่อมไฟฟ้าสาธารณะ"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"ยื่นคำขอ แจ้งซ่อมไฟฟ้าสาธารณะ\"")));
        mvc.perform(get("/chat").param("say", "\"><script>alert(1)</script>"))
                .andExpect(content().string(containsString("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"")));
        mvc.perform(get("/chat").param("say", "ก".repeat(5000)))
                .andExpect(content().string(containsString("value=\"" + "ก".repeat(200) + "\"")));
        assertThat(jdbc.queryForObject("select count(*) from webchat_message", Long.class)).isEqualTo(before);
    }

    @Test
    void greetsANewVisitorWithTheMenuWithoutStoringAnything() throws Exception {
        long before = jdbc.queryForObject("select count(*) from webchat_message", Long.class);

        mvc.perform(get("/chat"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ยินดีต้อนรับ")))
                .andExpect(content().string(containsString("บริการ E-Service")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));

        assertThat(jdbc.queryForObject("select count(*) from webchat_message", Long.class)).isEqualTo(before);
    }

    @Test
    void answersTypedTextAndKeepsTheTranscript() throws Exception {
        Cookie session = send("สวัสดีค่ะ");

        mvc.perform(get("/chat").cookie(session))
                .andExpect(content().string(containsString("สวัสดีค่ะ")))
                .andExpect(content().string(containsString("เมนูหลัก")));
    }

    @Test
    void showsWhatAResidentTypedAsTextNeverAsHtml() throws Exception {
        Cookie session = send("<script>alert('x')</script><b>ตัวหนา</b>");

        mvc.perform(get("/chat").cookie(session))
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("<b>ตัวหนา"))));
    }

    @Test
    void refusesFormsWithoutCsrfToken() throws Exception {
        mvc.perform(post("/chat/text").param("text", "hello")).andExpect(status().isForbidden());
    }

    @Test
    void explainsPolitelyWhenAPhotoIsNotAPicture() throws Exception {
        MvcResult first = mvc.perform(multipart("/chat/photo")
                        .file(new MockMultipartFile("photo", "x.jpg", "image/jpeg", "not really a jpeg".getBytes()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/chat#end")).andReturn();
        Cookie session = first.getResponse().getCookie(ChatSessions.COOKIE);

        mvc.perform(get("/chat").cookie(session))
                .andExpect(content().string(containsString("ไม่ใช่รูปภาพ")));
    }

    @Test
    void cutsOverlongTextAndIgnoresEmptyText() throws Exception {
        Cookie session = send("ก".repeat(6000));
        String stored = jdbc.queryForObject("""
                select max(length(body)) from webchat_message where author = 'RESIDENT'
                """, String.class);
        assertThat(Integer.parseInt(stored)).isLessThanOrEqualTo(ChatController.MAX_TEXT);

        mvc.perform(post("/chat/text").param("text", "   ").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/chat#end"));
    }

    @Test
    void filesARequestWithLocationAndPhotoFromTheBrowser() throws Exception {
        Cookie session = send("ไฟดับหน้าบ้าน");
        tap(session, "ยินยอมและเริ่มกรอก");
        String street = String.valueOf(13.0 + java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000) * 0.0001);
        mvc.perform(post("/chat/location").param("latitude", street).param("longitude", "100.0621")
                .cookie(session).with(csrf())).andExpect(redirectedUrl("/chat#end"));
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
        mvc.perform(multipart("/chat/photo").file(new MockMultipartFile("photo", "p.jpg", "image/jpeg", jpeg))
                .cookie(session).with(csrf())).andExpect(redirectedUrl("/chat#end"));
        tap(session, "ข้าม");
        String page = tap(session, "ยืนยันส่งเรื่อง");

        assertThat(page).contains("ส่งเรื่องเรียบร้อยแล้ว").containsPattern("เลขที่เรื่อง: \\d{2}-\\d{6}");
        assertThat(jdbc.queryForObject("select count(*) from service_case where resident_key = ? and channel = 'WEB'",
                Integer.class, session.getValue())).isEqualTo(1);

        // A neighbour in another browser, 30 m away, joins the report instead of filing it again.
        Cookie neighbour = send("ไฟดับ");
        tap(neighbour, "ยินยอมและเริ่มกรอก");
        mvc.perform(post("/chat/location").param("latitude", String.valueOf(Double.parseDouble(street) + 0.00027))
                .param("longitude", "100.0621").cookie(neighbour).with(csrf())).andExpect(redirectedUrl("/chat#end"));
        String offer = mvc.perform(get("/chat").cookie(neighbour)).andReturn().getResponse().getContentAsString();
        assertThat(offer).contains("มีผู้แจ้งเรื่องนี้แล้ว");
        assertThat(tap(neighbour, "ร่วมติดตามเรื่องนี้")).contains("ร่วมติดตามเรื่องเลขที่");
        assertThat(jdbc.queryForObject("select reporters from service_case where resident_key = ?", Integer.class,
                session.getValue())).isEqualTo(2);
    }

    @Test
    void aMadeUpChatKeyIsNotTakenButASignedOneIs() throws Exception {
        Cookie made = new Cookie(ChatSessions.COOKIE, "A".repeat(32));
        MvcResult result = mvc.perform(post("/chat/text").param("text", "สวัสดี").cookie(made).with(csrf()))
                .andExpect(redirectedUrl("/chat#end")).andReturn();
        Cookie given = result.getResponse().getCookie(ChatSessions.COOKIE);
        assertThat(given).as("a new, signed key").isNotNull();
        assertThat(given.getValue()).hasSize(64).isNotEqualTo(made.getValue());
        assertThat(jdbc.queryForObject("select count(*) from webchat_message where session_key = ?", Integer.class,
                made.getValue())).isZero();

        MvcResult again = mvc.perform(post("/chat/text").param("text", "ขอบคุณ").cookie(given).with(csrf()))
                .andExpect(redirectedUrl("/chat#end")).andReturn();
        assertThat(again.getResponse().getCookie(ChatSessions.COOKIE)).as("the signed key is kept").isNull();
        Cookie tampered = new Cookie(ChatSessions.COOKIE, given.getValue().substring(0, 63)
                + (given.getValue().endsWith("0") ? "1" : "0"));
        assertThat(mvc.perform(post("/chat/text").param("text", "ขอบคุณ").cookie(tampered).with(csrf()))
                .andReturn().getResponse().getCookie(ChatSessions.COOKIE)).as("a changed signature").isNotNull();
    }

    @Test
    void oneAddressCanStartOnlySoManyChatsAnHourAndKeepsWhatItTyped() throws Exception {
        String address = "198.51.100." + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 250);
        for (int i = 0; i < ChatLimits.CHATS_PER_ADDRESS_HOUR; i++) {
            mvc.perform(post("/chat/text").param("text", "สวัสดี").with(csrf()).with(from(address)))
                    .andExpect(result -> assertThat(result.getResponse().getCookie(ChatSessions.COOKIE)).isNotNull());
        }
        long stored = jdbc.queryForObject("select count(*) from webchat_message", Long.class);

        MvcResult refused = mvc.perform(post("/chat/text").param("text", "ถนนชำรุดหน้าวัด").with(csrf()).with(from(address)))
                .andExpect(redirectedUrl("/chat#end")).andReturn();

        assertThat(refused.getResponse().getCookie(ChatSessions.COOKIE)).isNull();
        assertThat(jdbc.queryForObject("select count(*) from webchat_message", Long.class)).isEqualTo(stored);
        assertThat(refused.getFlashMap().get(ChatController.LIMIT)).isNotNull();
        mvc.perform(get("/chat").cookie(refused.getResponse().getCookies()))
                .andExpect(content().string(containsString("เริ่มแชตใหม่จากเครือข่ายนี้มากเกินไป")))
                .andExpect(content().string(containsString("value=\"ถนนชำรุดหน้าวัด\"")));
        mvc.perform(post("/chat/text").param("text", "สวัสดี").with(csrf()).with(from("198.51.100.250")))
                .andExpect(result -> assertThat(result.getResponse().getCookie(ChatSessions.COOKIE))
                        .as("another address is not held up").isNotNull());
    }

    @Test
    void oneChatCanSendOnlySoManyPhotosAnHour() throws Exception {
        Cookie session = send("สวัสดี");
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
        for (int i = 0; i < ChatLimits.PHOTOS_PER_CHAT_HOUR; i++) {
            mvc.perform(multipart("/chat/photo").file(new MockMultipartFile("photo", "p.jpg", "image/jpeg", jpeg))
                    .cookie(session).with(csrf())).andExpect(redirectedUrl("/chat#end"));
        }
        long stored = jdbc.queryForObject("select count(*) from webchat_message", Long.class);

        MvcResult refused = mvc.perform(multipart("/chat/photo")
                        .file(new MockMultipartFile("photo", "p.jpg", "image/jpeg", jpeg)).cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/chat#end")).andReturn();

        assertThat(jdbc.queryForObject("select count(*) from webchat_message", Long.class)).isEqualTo(stored);
        mvc.perform(get("/chat").cookie(session).cookie(refused.getResponse().getCookies()))
                .andExpect(content().string(containsString("ส่งรูปภาพมากเกินไป")));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** Taps the newest button with this label on the page, as the browser would post it. */
    private String tap(Cookie session, String label) throws Exception {
        String page = mvc.perform(get("/chat").cookie(session)).andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher forms = java.util.regex.Pattern.compile(
                "name=\"data\" value=\"([^\"]+)\">\\s*<input type=\"hidden\" name=\"echo\" value=\"[^\"]*\">"
                        + "\\s*<button type=\"submit\">" + java.util.regex.Pattern.quote(label) + "</button>")
                .matcher(page);
        String data = null;
        while (forms.find()) {
            data = forms.group(1);
        }
        assertThat(data).as("button %s on the page", label).isNotNull();
        mvc.perform(post("/chat/tap").param("data", data).param("echo", label).cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/chat#end"));
        return mvc.perform(get("/chat").cookie(session)).andReturn().getResponse().getContentAsString();
    }

    private Cookie send(String text) throws Exception {
        MvcResult result = mvc.perform(post("/chat/text").param("text", text).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/chat#end"))
                .andReturn();
        Cookie session = result.getResponse().getCookie(ChatSessions.COOKIE);
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        return session;
    }
}
