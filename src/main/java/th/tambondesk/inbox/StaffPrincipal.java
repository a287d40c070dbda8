package th.tambondesk.inbox;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in staff member: role and division travel with the login, with the account's session version; a
 * session whose version the account no longer has ends ({@link AccountCheck}).
 */
record StaffPrincipal(long id, String username, String passwordHash, String displayName, Role role,
                      @Nullable String divisionCode, boolean active, int sessionVersion) implements UserDetails {

    static StaffPrincipal of(StaffUser user) {
        return new StaffPrincipal(user.id(), user.username(), user.passwordHash(), user.displayName(), user.role(),
                user.divisionCode(), user.active(), user.sessionVersion());
    }

    /** The same account without its password hash, for the session to keep. */
    StaffPrincipal withoutPassword() {
        return new StaffPrincipal(id, username, "", displayName, role, divisionCode, active, sessionVersion);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }
}
