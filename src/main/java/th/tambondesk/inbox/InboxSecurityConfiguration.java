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
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

import th.tambondesk.common.OpenPages;
import th.tambondesk.common.SecurityHeaders;

/**
 * The staff inbox: form login with bcrypt passwords, CSRF on every form, a new session id at login, the strict
 * headers, and roles checked per section (the module APIs check them again). Failed logins slow down per client
 * address ({@link LoginSources}) and per account ({@link LoginThrottle}), the latter not for a browser the account
 * logged in from before ({@link KnownDevices}). Every request re-checks the account ({@link AccountCheck}), so
 * disabling it or changing its role ends its sessions at once. An account has at most
 * {@value #SESSIONS_PER_ACCOUNT} sessions open; a further login ends the one unused longest.
 */
@Configuration(proxyBeanMethods = false)
class InboxSecurityConfiguration {

    static final String LOGIN = "/inbox/login";
    static final String DENIED = "/inbox/denied";
    /** Open sessions one account may have; a further login ends the one unused longest (with a note on it). */
    static final int SESSIONS_PER_ACCOUNT = 3;
    private static final String NO_DETAILS = "-";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Where a login attempt comes from: the client's address and whether the browser knows the account. */
    record LoginAttempt(String address, boolean knownDevice) {
    }

    @Bean
    AuthenticationProvider staffAuthentication(StaffAccounts accounts, PasswordEncoder passwords, LoginThrottle throttle,
                                               LoginSources sources) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(accounts);
        dao.setPasswordEncoder(passwords);
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication login) throws AuthenticationException {
                String username = login.getName();
                LoginAttempt attempt = login.getDetails() instanceof LoginAttempt a ? a : new LoginAttempt("", false);
                // Per source always; per account only for a browser that never logged in to it, so that nobody
                // can lock a member of staff out by typing wrong passwords for their name.
                Duration wait = sources.waitFor(attempt.address());
                if (wait.isZero() && !attempt.knownDevice()) {
                    wait = throttle.waitFor(username);
                }
                if (!wait.isZero()) {
                    throw new LockedException(String.valueOf(wait.toMinutes() + 1));
                }
                try {
                    Authentication done = dao.authenticate(login);
                    throttle.succeeded(username);
                    // The session (kept in the database) holds the account without its password hash, and
                    // nothing of where the login came from.
                    StaffPrincipal staff = ((StaffPrincipal) done.getPrincipal()).withoutPassword();
                    UsernamePasswordAuthenticationToken kept = UsernamePasswordAuthenticationToken.authenticated(
                            staff, null, done.getAuthorities());
                    // Set, so that the provider manager does not copy the attempt's address into the session.
                    kept.setDetails(NO_DETAILS);
                    return kept;
                } catch (BadCredentialsException e) {
                    sources.failed(attempt.address());
                    if (!attempt.knownDevice()) {
                        throttle.failed(username);
                    }
                    throw e;
                }
            }

            @Override
            public boolean supports(Class<?> type) {
                return dao.supports(type);
            }
        };
    }

    /** The open sessions of each account, read from Spring Session's table by the account's name. */
    @Bean
    <S extends Session> SpringSessionBackedSessionRegistry<S> staffSessions(
            FindByIndexNameSessionRepository<S> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }

    /** To the login page by a relative address: no host from the request goes into the redirect. */
    private static LoginUrlAuthenticationEntryPoint loginPage() {
        LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint(LOGIN);
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    @Bean
    @Order(40)
    SecurityFilterChain inboxSecurity(HttpSecurity http, StaffUsers users, KnownDevices devices,
                                      SpringSessionBackedSessionRegistry<?> staffSessions) throws Exception {
        // The AuthenticationProvider bean above is the application's only one: the global authentication manager
        // uses it, and every login goes through its throttle exactly once.
        return http
                .securityMatcher("/inbox", "/inbox/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(LOGIN, DENIED).permitAll()
                        .requestMatchers("/inbox/integrity", "/inbox/integrity/**").hasRole("AUDITOR")
                        .requestMatchers("/inbox/admin", "/inbox/admin/**").hasRole("ADMIN")
                        .requestMatchers("/inbox/cases", "/inbox/cases/**", "/inbox/walk-in", "/inbox/walk-in/**",
                                "/inbox/posters", "/inbox/posters/**", "/inbox/stats",
                                "/inbox/stats/**").hasAnyRole("ADMIN", "STAFF")
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage(LOGIN)
                        .loginProcessingUrl(LOGIN)
                        .authenticationDetailsSource(request -> new LoginAttempt(request.getRemoteAddr(),
                                devices.knows(request, request.getParameter("username"))))
                        .successHandler((request, response, login) -> {
                            devices.remember(request, response, login.getName());
                            response.sendRedirect(request.getContextPath() + "/inbox");
                        })
                        .failureHandler((request, response, exception) -> {
                            String target = exception instanceof LockedException locked
                                    ? LOGIN + "?locked=" + locked.getMessage() : LOGIN + "?error";
                            response.sendRedirect(request.getContextPath() + target);
                        })
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/inbox/logout").logoutSuccessUrl(LOGIN + "?logout").permitAll())
                .exceptionHandling(denied -> denied.accessDeniedPage(DENIED).authenticationEntryPoint(loginPage()))
                // The login page and a link followed before logging in make no session: the CSRF token lives in a
                // cookie until the login makes one, and no page to return to is kept (a login goes to the inbox).
                .csrf(csrf -> csrf.csrfTokenRepository(OpenPages.csrfCookie("td_inbox_csrf", "/inbox")))
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session
                        .sessionFixation(fixation -> fixation.changeSessionId())
                        .maximumSessions(SESSIONS_PER_ACCOUNT)
                        .sessionRegistry(staffSessions)
                        .expiredUrl(LOGIN + "?ended"))
                .addFilterBefore(new AccountCheck(users), AuthorizationFilter.class)
                .headers(SecurityHeaders::strict)
                .build();
    }
}
