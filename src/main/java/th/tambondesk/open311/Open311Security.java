package th.tambondesk.open311;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

import th.tambondesk.common.SecurityHeaders;

/**
 * The API is open to everyone to read; writing needs an API key in the request (checked by the controller), so
 * there is no session, no login and no CSRF token: no cookie authorises anything here.
 */
@Configuration(proxyBeanMethods = false)
class Open311Security {

    @Bean
    @Order(36)
    SecurityFilterChain open311Chain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/open311/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(SecurityHeaders::strict)
                .build();
    }
}
