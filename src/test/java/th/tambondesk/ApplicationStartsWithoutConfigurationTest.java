package th.tambondesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** With nothing configured the app starts, is healthy, and the webhook says that LINE is off. */
@SpringBootTest
@AutoConfigureMockMvc
class ApplicationStartsWithoutConfigurationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void reportsHealthUp() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void answersTheWebhookWith503WhileLineIsOff() throws Exception {
        mvc.perform(post("/callback").header("x-line-signature", "c2lnbmF0dXJl")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"events\":[]}"))
                .andExpect(status().isServiceUnavailable());
    }

    @Test
    void servesTheWebChat() throws Exception {
        mvc.perform(get("/chat")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("องค์การบริหารส่วนตำบลห้วยจรเข้")));
    }

    @Test
    void refusesEverythingNoModuleOpened() throws Exception {
        mvc.perform(get("/admin/secret")).andExpect(status().isForbidden());
    }

    /**
     * A refused request leaves nothing behind: no session, no saved request, no CSRF token. Each used to cost a
     * session of about 1 KB kept for 30 minutes, so anyone could fill the heap by calling made-up addresses (seen
     * in the webhook benchmark: 62,000 sessions when its floor endpoint was missing).
     */
    @Test
    void aRefusedRequestCreatesNoSession() throws Exception {
        assertThat(mvc.perform(post("/made-up").content("x")).andExpect(status().isForbidden())
                .andReturn().getRequest().getSession(false)).isNull();
        assertThat(mvc.perform(get("/admin/secret")).andExpect(status().isForbidden())
                .andReturn().getRequest().getSession(false)).isNull();
    }
}
