package th.tambondesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Two instances of the application on one database (the test's H2, or PostgreSQL in CI's second pass), as behind a
 * proxy without sticky sessions: every request of one browser may land on either. A login, its CSRF token, a page
 * shown once after a redirect (sealed flash attributes), the web chat and the login lockout work across them.
 */
class TwoInstancesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @BeforeAll
    static void start() {
        first = instance();
        second = instance();
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    private static ConfigurableApplicationContext instance() {
        return new SpringApplicationBuilder(TambonDeskApplication.class)
                .run("--server.port=0", "--spring.main.banner-mode=off");
    }

    @Test
    void aStaffMemberLoggedInOnOneInstanceWorksOnTheOther() throws Exception {
        String username = account("twice");
        String token = csrf(get(first, "/inbox/login"));

        HttpResponse<String> login = post(second, "/inbox/login",
                Map.of("username", username, "password", "a-long-password", "_csrf", token));
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/inbox"));

        HttpResponse<String> cases = get(first, "/inbox/cases");
        assertThat(cases.statusCode()).isEqualTo(200);
        assertThat(cases.body()).contains("เจ้าหน้าที่สองเครื่อง");

        // A form from one instance posted to the other; its answer, shown once after the redirect, read on the first.
        String accountToken = csrf(get(second, "/inbox/account").body());
        HttpResponse<String> change = post(first, "/inbox/account/password", Map.of("current", "not-my-password",
                "password", "another-long-password", "repeat", "another-long-password", "_csrf", accountToken));
        assertThat(change.statusCode()).isEqualTo(302);
        assertThat(get(second, "/inbox/account").body()).contains("รหัสผ่านปัจจุบันไม่ถูกต้อง");
        assertThat(get(first, "/inbox/account").body()).as("shown once").doesNotContain("รหัสผ่านปัจจุบันไม่ถูกต้อง");
    }

    @Test
    void wrongPasswordsOnOneInstanceLockTheAccountOnTheOther() throws Exception {
        String username = account("locked");
        for (int i = 0; i < 5; i++) {
            String token = csrf(get(first, "/inbox/login"));
            HttpResponse<String> wrong = post(first, "/inbox/login",
                    Map.of("username", username, "password", "wrong-" + i, "_csrf", token));
            assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("error"));
        }

        String token = csrf(get(second, "/inbox/login"));
        HttpResponse<String> right = post(second, "/inbox/login",
                Map.of("username", username, "password", "a-long-password", "_csrf", token));

        assertThat(right.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("locked="));
    }

    @Test
    void theWebChatGoesOnWhicheverInstanceAnswers() throws Exception {
        String token = csrf(get(first, "/chat"));
        String said = "ขอสอบถามเรื่องภาษีป้าย " + UUID.randomUUID();

        assertThat(post(second, "/chat/text", Map.of("text", said, "_csrf", token)).statusCode()).isEqualTo(302);
        assertThat(get(first, "/chat").body()).contains(said);

        // The integrity channel's exchange is never stored: it is shown once from the sealed flash, on either.
        String again = csrf(get(second, "/chat"));
        assertThat(post(first, "/chat/text", Map.of("text", "แจ้งเบาะแสทุจริต", "_csrf", again)).statusCode())
                .isEqualTo(302);
        String shown = get(second, "/chat").body();
        assertThat(shown).contains("หน่วยตรวจสอบภายใน");
        assertThat(get(first, "/chat").body()).doesNotContain("หน่วยตรวจสอบภายใน");
    }

    private String account(String name) {
        String username = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        String hash = first.getBean(PasswordEncoder.class).encode("a-long-password");
        first.getBean(JdbcTemplate.class).update("""
                insert into inbox_user (username, password_hash, display_name, role, active, created_at)
                values (?, ?, 'เจ้าหน้าที่สองเครื่อง', 'ADMIN', true, ?)
                """, username, hash, Timestamp.from(Instant.now()));
        return username;
    }

    private HttpResponse<String> get(ConfigurableApplicationContext instance, String path)
            throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri(instance, path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(ConfigurableApplicationContext instance, String path, Map<String, String> form)
            throws IOException, InterruptedException {
        String body = new LinkedHashMap<>(form).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(uri(instance, path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(ConfigurableApplicationContext instance, String path) {
        int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String csrf(HttpResponse<String> page) {
        return csrf(page.body());
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return m.group(1);
    }
}
