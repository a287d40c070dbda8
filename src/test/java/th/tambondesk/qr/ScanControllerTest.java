package th.tambondesk.qr;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.CannotCreateTransactionException;

import th.tambondesk.SecurityDefaults;
import th.tambondesk.catalog.Sao;
import th.tambondesk.catalog.SaoProfile;
import th.tambondesk.common.PublicUrl;

/** A database that is down loses the count, not the resident: every short link still leads somewhere. */
@WebMvcTest(ScanController.class)
@Import({QrSecurityConfiguration.class, SecurityDefaults.class, Destinations.class, PublicUrl.class})
class ScanControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Posters posters;

    @MockitoBean
    Sao sao;

    @MockitoBean
    RepeatScans repeats;

    @BeforeEach
    void sao() {
        given(sao.profile()).willReturn(new SaoProfile("องค์การบริหารส่วนตำบลห้วยจรเข้", "อบต.ห้วยจรเข้",
                Optional.empty(), Optional.of("034-000000"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("@123abcde"), Optional.empty()));
    }

    @Test
    void whenTheDatabaseIsDownScansStillRedirectOrShowTheGeneralPage() throws Exception {
        given(posters.scanGeneral(any())).willThrow(new CannotCreateTransactionException("connection refused"));
        given(posters.scan(anyString(), any())).willThrow(new DataAccessResourceFailureException("connection refused"));
        given(posters.scanReceipt(anyString(), any())).willThrow(new CannotCreateTransactionException("down"));

        mvc.perform(get("/q")).andExpect(redirectedUrl("https://line.me/R/ti/p/%40123abcde"));
        mvc.perform(get("/q/ABC234")).andExpect(status().isOk())
                .andExpect(content().string(containsString("อบต.ห้วยจรเข้")))
                .andExpect(content().string(containsString("โทร 034-000000")));
        mvc.perform(get("/q/c/K7QM3XDA")).andExpect(redirectedUrl(
                "https://line.me/R/oaMessage/%40123abcde/?%E0%B9%80%E0%B8%8A%E0%B8%B7%E0%B9%88%E0%B8%AD%E0%B8%A1"
                        + "%E0%B9%80%E0%B8%A3%E0%B8%B7%E0%B9%88%E0%B8%AD%E0%B8%87%20K7QM3XDA"));
    }

    @Test
    void withoutALineAccountTheCodesLeadToTheWebChat() throws Exception {
        given(sao.profile()).willReturn(new SaoProfile("องค์การบริหารส่วนตำบลห้วยจรเข้", "อบต.ห้วยจรเข้",
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()));
        given(posters.scanGeneral(any())).willThrow(new DataAccessResourceFailureException("down"));
        mvc.perform(get("/q")).andExpect(redirectedUrl("/chat"));
        given(posters.scan(anyString(), any())).willReturn(new Posters.Scan(Posters.Outcome.UNKNOWN, "/chat"));
        mvc.perform(get("/q/ZZZZZZ")).andExpect(status().isOk())
                .andExpect(content().string(containsString("แชตผ่านเว็บ")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("เพิ่มเพื่อน LINE"))));
    }
}
