package th.tambondesk.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import th.tambondesk.qr.PosterTarget;
import th.tambondesk.qr.PosterView;
import th.tambondesk.qr.Posters;

/**
 * The poster pages with nothing configured (as on the first start): staff can make and manage posters, and every
 * page that would print a code says what to set instead.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PosterInboxWebTest {

    StaffPrincipal staff;
    StaffPrincipal auditor;

    @Autowired
    StaffAccounts accounts;

    @BeforeEach
    void accounts() {
        staff = TestAccounts.account(accounts, "pr", Role.STAFF, "palad");
        auditor = TestAccounts.account(accounts, "audit", Role.AUDITOR, null);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Posters posters;

    @Test
    void withoutThePublicAddressThePagesSayWhatToSetInsteadOfPrintingABrokenCode() throws Exception {
        mvc.perform(get("/inbox/posters").with(user(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("ยังพิมพ์ QR ไม่ได้")))
                .andExpect(content().string(containsString("TAMBONDESK_PUBLIC_URL")))
                .andExpect(content().string(containsString("โปสเตอร์ QR")));

        String location = mvc.perform(post("/inbox/posters").with(user(staff)).with(csrf())
                        .param("name", "บอร์ดหน้าสำนักงาน <b>ใหม่</b>").param("target", "FRIEND"))
                .andExpect(status().isFound()).andExpect(flash().attribute("notice", "qr.created"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        PosterView poster = posters.get(id).orElseThrow();
        assertThat(poster.name()).isEqualTo("บอร์ดหน้าสำนักงาน <b>ใหม่</b>");
        assertThat(poster.createdAt()).isNotNull();
        assertThat(poster.problems()).containsExactly(PosterView.Problem.NO_PUBLIC_URL, PosterView.Problem.NO_LINE_ID);

        mvc.perform(get(location).with(user(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("บอร์ดหน้าสำนักงาน &lt;b&gt;ใหม่&lt;/b&gt;")))
                .andExpect(content().string(containsString("TAMBONDESK_PUBLIC_URL")))
                .andExpect(content().string(containsString("TAMBONDESK_SAO_LINE_ID")))
                .andExpect(content().string(not(containsString("qr.png"))));
        mvc.perform(get(location + "/print").with(user(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("ยังพิมพ์โปสเตอร์นี้ไม่ได้")))
                .andExpect(content().string(containsString("TAMBONDESK_PUBLIC_URL")))
                .andExpect(content().string(not(containsString("<svg viewBox=\"0 0"))));
        mvc.perform(get(location + "/qr.png").with(user(staff))).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("text/plain"))
                .andExpect(content().string(containsString("TAMBONDESK_PUBLIC_URL")));
        mvc.perform(get(location + "/qr.svg").with(user(staff))).andExpect(status().isConflict());
    }

    @Test
    void badFormsAreRefusedPolitelyAndKeepWhatWasTyped() throws Exception {
        mvc.perform(post("/inbox/posters").with(user(staff)).with(csrf()).param("name", " ").param("target", "FRIEND"))
                .andExpect(redirectedUrl("/inbox/posters")).andExpect(flash().attribute("error", "qr.invalid.name"));
        mvc.perform(post("/inbox/posters").with(user(staff)).with(csrf()).param("name", "ศาลาหมู่ 3")
                        .param("target", "SERVICE"))
                .andExpect(flash().attribute("error", "qr.invalid.service-missing"))
                .andExpect(flash().attribute("typedName", "ศาลาหมู่ 3"));
        mvc.perform(post("/inbox/posters").with(user(staff)).with(csrf()).param("name", "ศาลาหมู่ 3")
                        .param("target", "SERVICE").param("service", "../../etc/passwd"))
                .andExpect(flash().attribute("error", "qr.invalid.service-closed"));
        mvc.perform(post("/inbox/posters").with(user(staff)).with(csrf()).param("name", "ศาลาหมู่ 3")
                        .param("target", "DROP TABLE"))
                .andExpect(flash().attribute("error", "qr.invalid.target"));
        mvc.perform(post("/inbox/posters").with(user(staff)).with(csrf()).param("name", "ก".repeat(101))
                        .param("target", "FRIEND"))
                .andExpect(flash().attribute("error", "qr.invalid.name-length"));
        mvc.perform(post("/inbox/posters").with(user(staff)).param("name", "ไม่มี csrf").param("target", "FRIEND"))
                .andExpect(status().isForbidden());
        MvcResult refused = mvc.perform(post("/inbox/posters").with(user(staff)).with(csrf()).param("name", "   ")
                        .param("target", "FRIEND"))
                .andExpect(flash().attribute("error", "qr.invalid.name")).andReturn();
        mvc.perform(get("/inbox/posters").with(user(staff)).cookie(refused.getResponse().getCookies()))
                .andExpect(content().string(containsString("กรุณาตั้งชื่อจุดที่ติดโปสเตอร์")));
    }

    @Test
    void staffRenameRetireAndReactivateAPosterAndOthersCannot() throws Exception {
        PosterView poster = posters.create("ตลาดนัด", PosterTarget.WEB_CHAT, "garbage", "pr");
        String page = "/inbox/posters/" + poster.id();
        mvc.perform(post(page + "/name").with(user(staff)).with(csrf()).param("name", "ตลาดนัดวันพุธ"))
                .andExpect(redirectedUrl(page)).andExpect(flash().attribute("notice", "qr.saved"));
        mvc.perform(post(page + "/name").with(user(staff)).with(csrf()).param("name", ""))
                .andExpect(flash().attribute("error", "qr.invalid.name"));
        mvc.perform(post(page + "/retire").with(user(staff)).with(csrf())).andExpect(redirectedUrl(page));
        PosterView retired = posters.get(poster.id()).orElseThrow();
        assertThat(retired.name()).isEqualTo("ตลาดนัดวันพุธ");
        assertThat(retired.active()).isFalse();
        assertThat(retired.retiredAt()).isNotNull();
        mvc.perform(get("/inbox/posters").with(user(staff)))
                .andExpect(content().string(containsString("ตลาดนัดวันพุธ")))
                .andExpect(content().string(containsString("เลิกใช้แล้ว")));
        mvc.perform(post(page + "/reactivate").with(user(staff)).with(csrf())).andExpect(redirectedUrl(page));
        assertThat(posters.get(poster.id()).orElseThrow().active()).isTrue();

        mvc.perform(get(page).with(user(auditor))).andExpect(status().isForbidden());
        mvc.perform(post(page + "/retire").with(user(auditor)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/inbox/posters")).andExpect(redirectedUrl("/inbox/login"));
        mvc.perform(get("/inbox/posters/987654").with(user(staff))).andExpect(status().isNotFound());
        mvc.perform(post("/inbox/posters/987654/retire").with(user(staff)).with(csrf()))
                .andExpect(status().isNotFound());
    }
}
