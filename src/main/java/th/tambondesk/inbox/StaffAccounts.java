package th.tambondesk.inbox;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tambondesk.integrity.AccountAudit;

/**
 * Staff accounts: login lookup, the first administrator and the internal auditor. With no account at all, an
 * "admin" is created with {@code TAMBONDESK_ADMIN_PASSWORD}, or with a generated password printed once in the log.
 * The auditor's account comes only from the server's environment ({@link #configureAuditor}).
 */
@Service
class StaffAccounts implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(StaffAccounts.class);
    static final String FIRST_ADMIN = "admin";
    static final int MIN_PASSWORD = 10;
    /** Who changed an account, in the access log, when the server's environment did. */
    static final String SERVER = "server";

    private final StaffUsers users;
    private final PasswordEncoder passwords;
    private final Environment environment;
    private final Clock clock;
    private final AccountAudit audit;

    StaffAccounts(StaffUsers users, PasswordEncoder passwords, Environment environment, Clock clock,
                  AccountAudit audit) {
        this.users = users;
        this.passwords = passwords;
        this.environment = environment;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public StaffPrincipal loadUserByUsername(String username) {
        return users.findByUsernameIgnoreCase(username.strip())
                .map(StaffPrincipal::of)
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    @Transactional
    StaffUser create(String username, String password, String displayName, Role role, @Nullable String divisionCode) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException("password too short");
        }
        return users.save(new StaffUser(username.strip().toLowerCase(Locale.ROOT), passwords.encode(password),
                displayName, role, role == Role.STAFF ? divisionCode : null, clock.instant()));
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    void createFirstAdmin() {
        if (users.count() > 0) {
            return;
        }
        String given = environment.getProperty("tambondesk.admin-password", "");
        if (!given.isBlank()) {
            if (given.length() < MIN_PASSWORD) {
                log.error("TAMBONDESK_ADMIN_PASSWORD is shorter than {} characters; no admin was created", MIN_PASSWORD);
                return;
            }
            create(FIRST_ADMIN, given, "ผู้ดูแลระบบ", Role.ADMIN, null);
            log.info("Created the first administrator '{}' with TAMBONDESK_ADMIN_PASSWORD. Log in at /inbox.",
                    FIRST_ADMIN);
            return;
        }
        String generated = generatePassword();
        create(FIRST_ADMIN, generated, "ผู้ดูแลระบบ", Role.ADMIN, null);
        log.warn("""

                ==================================================================================
                 First administrator created. Log in at /inbox with
                   user:     {}
                   password: {}
                 This password is shown only now. Change it after logging in, or set
                 TAMBONDESK_ADMIN_PASSWORD before the first start next time.
                ==================================================================================""",
                FIRST_ADMIN, generated);
    }

    /**
     * With {@code TAMBONDESK_AUDITOR_PASSWORD} set, the auditor account {@code TAMBONDESK_AUDITOR_USERNAME} is
     * created, or its password set to the given one (and enabled), and every other auditor account is disabled: the
     * server's operator, not an admin, decides who reads the integrity reports. Each change goes to the access log.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    void configureAuditor() {
        String password = environment.getProperty("tambondesk.auditor.password", "");
        if (password.isBlank()) {
            return;
        }
        String username = environment.getProperty("tambondesk.auditor.username", "auditor").strip()
                .toLowerCase(Locale.ROOT);
        if (password.length() < MIN_PASSWORD) {
            log.error("TAMBONDESK_AUDITOR_PASSWORD is shorter than {} characters; the auditor account was not set",
                    MIN_PASSWORD);
            return;
        }
        StaffUser auditor = users.findByUsernameIgnoreCase(username).orElse(null);
        if (auditor == null) {
            create(username, password, "หน่วยตรวจสอบภายใน", Role.AUDITOR, null);
            audit.record(SERVER, AccountAudit.Change.CREATED, username, null, Role.AUDITOR.name());
            log.info("Created the auditor account '{}' from TAMBONDESK_AUDITOR_PASSWORD.", username);
        } else if (auditor.role() != Role.AUDITOR) {
            log.error("TAMBONDESK_AUDITOR_USERNAME '{}' is a {} account; choose another name for the auditor",
                    username, auditor.role());
            return;
        } else {
            if (!passwords.matches(password, auditor.passwordHash())) {
                auditor.changePassword(passwords.encode(password));
                audit.record(SERVER, AccountAudit.Change.PASSWORD, username, null, null);
                log.info("Set the auditor account '{}' password from TAMBONDESK_AUDITOR_PASSWORD.", username);
            }
            if (!auditor.active()) {
                auditor.update(auditor.displayName(), Role.AUDITOR, null, true);
                audit.record(SERVER, AccountAudit.Change.ENABLED, username, null, null);
            }
        }
        for (StaffUser other : users.findAllByOrderByUsername()) {
            if (other.role() == Role.AUDITOR && other.active() && !other.username().equals(username)) {
                other.update(other.displayName(), Role.AUDITOR, null, false);
                audit.record(SERVER, AccountAudit.Change.DISABLED, other.username(), null, null);
                log.info("Disabled the auditor account '{}': TAMBONDESK_AUDITOR_USERNAME names '{}'.",
                        other.username(), username);
            }
        }
    }

    static String generatePassword() {
        String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
