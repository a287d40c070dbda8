package th.tambondesk.integrity;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/** Turns on the role checks written on the module's own API ({@link IntegrityAudit}). */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class IntegritySecurityConfiguration {
}
