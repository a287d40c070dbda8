package th.tambondesk.inbox;

import java.util.Objects;

import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Real accounts for the inbox tests: every inbox request re-checks its account in the database
 * ({@link AccountCheck}), so a made-up principal would be logged out.
 */
final class TestAccounts {

    static final String PASSWORD = "test-password-1";

    private TestAccounts() {
    }

    /** The account with this name, created on first use; fails if it exists with another role or division. */
    static StaffPrincipal account(StaffAccounts accounts, String name, Role role, String division) {
        try {
            StaffPrincipal found = accounts.loadUserByUsername(name);
            if (found.role() != role || !Objects.equals(found.divisionCode(), division) || !found.active()) {
                throw new IllegalStateException("test account " + name + " exists as " + found.role());
            }
            return found.withoutPassword();
        } catch (UsernameNotFoundException e) {
            return StaffPrincipal.of(accounts.create(name, PASSWORD, "เจ้าหน้าที่ " + name, role, division))
                    .withoutPassword();
        }
    }
}
