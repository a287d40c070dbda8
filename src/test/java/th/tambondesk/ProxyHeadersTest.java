package th.tambondesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The security review's proxy and cookie findings (issue 26), through the real Tomcat: X-Forwarded-* headers count
 * only from the configured proxy, so a client can neither pick the source address the throttles key on nor claim
 * https or a host; cookies are Secure behind HTTPS and SameSite=Lax; public pages make no server session.
 */
class ProxyHeadersTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    /** The default: the proxy is this machine, as with Caddy on the same server. */
    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    class BehindTheLocalProxy {

        @LocalServerPort
        int port;

        @Autowired
        JdbcTemplate jdbc;

        @Test
        void httpsFromTheProxyMakesCookiesSecureAndLookingMakesNoSession() throws Exception {
            long sessions = jdbc.queryForObject("select count(*) from spring_session", Long.class);
            for (String page : List.of("/inbox/login", "/integrity", "/chat", "/inbox/cases")) {
                HttpResponse<String> plain = get(port, page, "X-Forwarded-Proto", "https");
                for (String cookie : plain.headers().allValues("Set-Cookie")) {
                    assertThat(cookie).as(page + " sets " + cookie).doesNotStartWith("SESSION=")
                            .contains("; Secure").contains("SameSite=Lax");
                }
            }
            HttpResponse<String> login = get(port, "/inbox/login", "X-Forwarded-Proto", "https");
            assertThat(login.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("td_inbox_csrf="));
            assertThat(jdbc.queryForObject("select count(*) from spring_session", Long.class))
                    .as("no session row for anonymous pages").isEqualTo(sessions);
        }

        @Test
        void aForwardedHostCannotSteerARedirect() throws Exception {
            HttpResponse<String> redirect = get(port, "/inbox/cases", "X-Forwarded-Host", "evil.example");
            assertThat(redirect.statusCode()).isEqualTo(302);
            assertThat(redirect.headers().firstValue("Location").orElseThrow()).doesNotContain("evil.example");
        }
    }

    /** A proxy elsewhere: this machine is then a client like any other, and its forwarded headers count for nothing. */
    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = "server.tomcat.remoteip.internal-proxies=10\\.9\\.9\\.9")
    class NotFromTheProxy {

        @LocalServerPort
        int port;

        @Test
        void aClientCannotClaimHttps() throws Exception {
            HttpResponse<String> page = get(port, "/inbox/login", "X-Forwarded-Proto", "https");
            assertThat(page.headers().allValues("Set-Cookie")).isNotEmpty()
                    .allSatisfy(cookie -> assertThat(cookie).doesNotContain("Secure"));
        }

        @Test
        void aClientCannotEscapeTheReceiptThrottleByNamingOtherAddresses() throws Exception {
            HttpResponse<String> form = get(port, "/integrity");
            String cookie = form.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("td_integrity_csrf=")).findFirst().orElseThrow().split(";")[0];
            Matcher token = CSRF_INPUT.matcher(form.body());
            assertThat(token.find()).isTrue();
            String last = "";
            for (int i = 0; i < 6; i++) {
                last = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/integrity/follow"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", cookie)
                        .header("X-Forwarded-For", "203.0.113." + (i + 1))
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(token.group(1),
                                StandardCharsets.UTF_8) + "&code=WRONG-CODE-" + i))
                        .build(), HttpResponse.BodyHandlers.ofString()).body();
            }
            assertThat(last).contains("หลายครั้งเกินไป");
        }
    }

    private static HttpResponse<String> get(int port, String path, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
