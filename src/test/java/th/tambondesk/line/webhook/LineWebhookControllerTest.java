package th.tambondesk.line.webhook;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import th.tambondesk.SecurityDefaults;
import th.tambondesk.line.channel.LineProperties;

@WebMvcTest(LineWebhookController.class)
@Import({LineSecurityConfiguration.class, SecurityDefaults.class})
@EnableConfigurationProperties(LineProperties.class)
class LineWebhookControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    WebhookIngest ingest;

    private static final byte[] BODY = "{\"events\":[]}".getBytes();

    @Test
    void answers503WhenTheDatabaseIsDownSoLineDeliversAgain() throws Exception {
        given(ingest.signatureMatches(anyString(), any())).willReturn(true);
        given(ingest.accept(any())).willThrow(new DataAccessResourceFailureException("connection refused"));

        mvc.perform(post("/callback").header("x-line-signature", "c2ln").contentType(MediaType.APPLICATION_JSON)
                .content(BODY)).andExpect(status().isServiceUnavailable());
    }

    @Test
    void checksTheSignatureBeforeStoringAnything() throws Exception {
        given(ingest.signatureMatches(anyString(), any())).willReturn(false);

        mvc.perform(post("/callback").header("x-line-signature", "c2ln").contentType(MediaType.APPLICATION_JSON)
                .content(BODY)).andExpect(status().isBadRequest());

        verify(ingest, never()).accept(any());
    }

    @Test
    void needsNoLoginAndNoCsrfToken() throws Exception {
        given(ingest.signatureMatches(anyString(), any())).willReturn(true);

        mvc.perform(post("/callback").header("x-line-signature", "c2ln").contentType(MediaType.APPLICATION_JSON)
                .content(BODY)).andExpect(status().isOk());
    }

    @Test
    void readsABodyOfDeclaredLengthAndOneSentInChunksAlike() throws Exception {
        given(ingest.signatureMatches(anyString(), any())).willReturn(true);
        byte[] body = "{\"destination\":\"U0\",\"events\":[]}".getBytes();

        mvc.perform(post("/callback").header("x-line-signature", "c2ln").contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isOk());
        mvc.perform(post("/callback").with(chunked(body))).andExpect(status().isOk());

        verify(ingest, times(2)).signatureMatches(eq("c2ln"), eq(body));
        verify(ingest, times(2)).accept(eq(body));
    }

    @Test
    void refusesABodySentInChunksOnceItPassesTheLimit() throws Exception {
        byte[] huge = new byte[1024 * 1024 + 1];
        Arrays.fill(huge, (byte) ' ');

        mvc.perform(post("/callback").with(chunked(huge))).andExpect(status().isPayloadTooLarge());

        verify(ingest, never()).signatureMatches(anyString(), any());
        verify(ingest, never()).accept(any());
    }

    /** A signed request without Content-Length, as a client sending Transfer-Encoding: chunked makes it. */
    private static RequestPostProcessor chunked(byte[] body) {
        return built -> {
            MockHttpServletRequest request = new MockHttpServletRequest(built.getServletContext(), "POST",
                    "/callback") {
                @Override
                public int getContentLength() {
                    return -1;
                }

                @Override
                public long getContentLengthLong() {
                    return -1;
                }
            };
            request.setContent(body);
            request.setContentType(MediaType.APPLICATION_JSON_VALUE);
            request.addHeader("x-line-signature", "c2ln");
            request.addHeader("Transfer-Encoding", "chunked");
            return request;
        };
    }
}
