package th.tambondesk.integrity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import th.tambondesk.common.OpenPages;
import th.tambondesk.common.SecurityHeaders;

/**
 * The public integrity pages: open to all, CSRF on every form (its token in a cookie: looking costs no session),
 * no cache of what they show.
 */
@Configuration(proxyBeanMethods = false)
class IntegrityWebSecurity {

    @Bean
    @Order(30)
    SecurityFilterChain integrityPublicSecurity(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/integrity", "/integrity/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .headers(SecurityHeaders::strict)
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.csrfTokenRepository(OpenPages.csrfCookie("td_integrity_csrf", "/integrity")))
                .build();
    }
}
