package th.tambondesk.inbox;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;

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

/**
 * Staff accounts: login lookup, and the first administrator. With no account at all, an "admin" is created with
 * {@code TAMBONDESK_ADMIN_PASSWORD}, or with a generated password printed once in the log.
 */
@Service
class StaffAccounts implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(StaffAccounts.class);
    static final String FIRST_ADMIN = "admin";
    static final int MIN_PASSWORD = 10;

    private final StaffUsers users;
    private final PasswordEncoder passwords;
    private final Environment environment;
    private final Clock clock;

    StaffAccounts(StaffUsers users, PasswordEncoder passwords, Environment environment, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public StaffPrincipal loadUserByUsername(String username) {
        return users.findByUsernameIgnoreCase(username.strip())
                .map(StaffPrincipal::of)
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    @Transactional
    StaffUser create(String username, String password, String displayName, Role role, String divisionCode) {
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
