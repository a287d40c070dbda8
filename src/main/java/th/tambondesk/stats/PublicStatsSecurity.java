package th.tambondesk.stats;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import th.tambondesk.common.OpenPages;

/** The public statistics are open to everyone, read-only, and never start a session. */
@Configuration(proxyBeanMethods = false)
class PublicStatsSecurity {

    @Bean
    @Order(35)
    SecurityFilterChain publicStatsChain(HttpSecurity http) throws Exception {
        return OpenPages.readOnly(http, "/public/stats", "/public/stats/**");
    }
}
