package th.tambondesk.common;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

/**
 * The security chain of public, read-only pages: open to everyone, never a session, the strict headers; and the
 * CSRF token of public forms, which lives in a cookie so that a visitor who only looks costs no session.
 */
public final class OpenPages {

    private OpenPages() {
    }

    public static SecurityFilterChain readOnly(HttpSecurity http, String... paths) throws Exception {
        return http
                .securityMatcher(paths)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(SecurityHeaders::strict)
                .build();
    }

    /**
     * CSRF tokens in an HttpOnly cookie of this name and path instead of the server session (double submit: the
     * form carries the same token). Secure whenever the request came over HTTPS, SameSite=Lax.
     */
    public static CookieCsrfTokenRepository csrfCookie(String name, String path) {
        CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();
        cookie.setCookieName(name);
        cookie.setCookiePath(path);
        cookie.setCookieCustomizer(c -> c.sameSite("Lax"));
        return cookie;
    }
}
