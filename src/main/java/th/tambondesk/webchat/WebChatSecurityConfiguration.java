package th.tambondesk.webchat;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import th.tambondesk.common.OpenPages;
import th.tambondesk.common.SecurityHeaders;

/**
 * The web chat is open to everyone, with CSRF protection on every form and the strict headers. Its CSRF token lives in
 * an HttpOnly cookie rather than in a server session: a visitor who only looks costs no session row in the database,
 * and any instance checks any post.
 */
@Configuration(proxyBeanMethods = false)
class WebChatSecurityConfiguration {

    @Bean
    @Order(20)
    SecurityFilterChain webChatSecurity(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/", "/chat", "/chat/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .headers(SecurityHeaders::strict)
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.csrfTokenRepository(OpenPages.csrfCookie("td_chat_csrf", "/")))
                .build();
    }
}
