package th.tambondesk.common;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/** The security chain of public, read-only pages: open to everyone, never a session, the strict headers. */
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
}
