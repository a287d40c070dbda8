package th.tambondesk.qr;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import th.tambondesk.common.OpenPages;

/** The short links are open to everyone, read-only, and never start a session. */
@Configuration(proxyBeanMethods = false)
class QrSecurityConfiguration {

    @Bean
    @Order(25)
    SecurityFilterChain qrSecurity(HttpSecurity http) throws Exception {
        return OpenPages.readOnly(http, "/q", "/q/**");
    }
}
