package th.tambondesk.qr;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

import th.tambondesk.common.SecurityHeaders;

/** The short links are open to everyone, read-only, and never start a session. */
@Configuration(proxyBeanMethods = false)
class QrSecurityConfiguration {

    @Bean
    @Order(25)
    SecurityFilterChain qrSecurity(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/q", "/q/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(SecurityHeaders::strict)
                .build();
    }
}
