package th.tambondesk.integrity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import th.tambondesk.common.SecurityHeaders;

/** The public integrity pages: open to all, CSRF on every form, no cache of what they show. */
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
                .build();
    }
}
