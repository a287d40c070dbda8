package th.tambondesk.line.webhook;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The webhook is open to anyone: its signature, not a login or an IP list, proves a request comes from LINE
 * (LINE forbids restricting the webhook by IP address). No CSRF token, no session.
 */
@Configuration(proxyBeanMethods = false)
class LineSecurityConfiguration {

    @Bean
    @Order(10)
    SecurityFilterChain lineWebhookSecurity(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(LineWebhookController.PATH)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .build();
    }
}
