package th.tambondesk.inbox;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

import th.tambondesk.common.SecurityHeaders;

/**
 * The staff inbox: form login with bcrypt passwords, CSRF on every form, a new session id at login, the strict
 * headers, and roles checked per section (the module APIs check them again). Failed logins slow down.
 */
@Configuration(proxyBeanMethods = false)
class InboxSecurityConfiguration {

    static final String LOGIN = "/inbox/login";
    static final String DENIED = "/inbox/denied";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationProvider staffAuthentication(StaffAccounts accounts, PasswordEncoder passwords, LoginThrottle throttle) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(accounts);
        dao.setPasswordEncoder(passwords);
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication login) throws AuthenticationException {
                String username = login.getName();
                Duration wait = throttle.waitFor(username);
                if (!wait.isZero()) {
                    throw new LockedException(String.valueOf(wait.toMinutes() + 1));
                }
                try {
                    Authentication done = dao.authenticate(login);
                    throttle.succeeded(username);
                    // The session (kept in the database) holds the account without its password hash.
                    StaffPrincipal staff = ((StaffPrincipal) done.getPrincipal()).withoutPassword();
                    UsernamePasswordAuthenticationToken kept = UsernamePasswordAuthenticationToken.authenticated(
                            staff, null, done.getAuthorities());
                    kept.setDetails(done.getDetails());
                    return kept;
                } catch (BadCredentialsException e) {
                    throttle.failed(username);
                    throw e;
                }
            }

            @Override
            public boolean supports(Class<?> type) {
                return dao.supports(type);
            }
        };
    }

    @Bean
    @Order(40)
    SecurityFilterChain inboxSecurity(HttpSecurity http) throws Exception {
        // The AuthenticationProvider bean above is the application's only one: the global authentication manager
        // uses it, and every login goes through its throttle exactly once.
        return http
                .securityMatcher("/inbox", "/inbox/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(LOGIN, DENIED).permitAll()
                        .requestMatchers("/inbox/integrity", "/inbox/integrity/**").hasRole("AUDITOR")
                        .requestMatchers("/inbox/admin", "/inbox/admin/**").hasRole("ADMIN")
                        .requestMatchers("/inbox/cases", "/inbox/cases/**", "/inbox/walk-in", "/inbox/walk-in/**",
                                "/inbox/receipts/**", "/inbox/posters", "/inbox/posters/**", "/inbox/stats",
                                "/inbox/stats/**").hasAnyRole("ADMIN", "STAFF")
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage(LOGIN)
                        .loginProcessingUrl(LOGIN)
                        .defaultSuccessUrl("/inbox", false)
                        .failureHandler((request, response, exception) -> {
                            String target = exception instanceof LockedException locked
                                    ? LOGIN + "?locked=" + locked.getMessage() : LOGIN + "?error";
                            response.sendRedirect(request.getContextPath() + target);
                        })
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/inbox/logout").logoutSuccessUrl(LOGIN + "?logout").permitAll())
                .exceptionHandling(denied -> denied.accessDeniedPage(DENIED))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(SecurityHeaders::strict)
                .build();
    }
}
