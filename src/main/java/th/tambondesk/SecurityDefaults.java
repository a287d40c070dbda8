package th.tambondesk;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

import th.tambondesk.common.SecurityHeaders;

/**
 * The last security filter chain: static files, health and error pages are open; everything that no module opened
 * in its own chain is refused, without a session. Health and metrics are served on the management port, which listens
 * on localhost only unless configured otherwise.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityDefaults {

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain defaultSecurity(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/css/**", "/js/**", "/fonts/**", "/webjars/**", "/favicon.ico", "/error",
                                "/actuator/health", "/actuator/health/**", "/actuator/prometheus")
                        .permitAll()
                        .anyRequest().denyAll())
                // Nothing here needs a session, and a refused request must not leave one behind (with a saved
                // request and a CSRF token): otherwise made-up addresses would fill the heap with sessions.
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(SecurityHeaders::strict)
                .build();
    }
}
