package th.tambondesk.inbox;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A staff account. The password is kept only as a bcrypt hash. */
@Entity
@Table(name = "inbox_user")
class StaffUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "display_name")
    private String displayName;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Column(name = "division_code")
    private @Nullable String divisionCode;
    private boolean active;
    @Column(name = "created_at")
    private Instant createdAt;
    /** Counts the changes that end the account's sessions: role, division, active, password. */
    @Column(name = "session_version")
    private int sessionVersion;

    protected StaffUser() {
    }

    StaffUser(String username, String passwordHash, String displayName, Role role, @Nullable String divisionCode,
              Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.divisionCode = divisionCode;
        this.active = true;
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    String displayName() {
        return displayName;
    }

    Role role() {
        return role;
    }

    @Nullable String divisionCode() {
        return divisionCode;
    }

    boolean active() {
        return active;
    }

    int sessionVersion() {
        return sessionVersion;
    }

    /** What the admin pages show of an account; never the password hash. */
    record Row(long id, String username, String displayName, Role role, @Nullable String divisionCode, boolean active) {
    }

    Row row() {
        return new Row(id, username, displayName, role, divisionCode, active);
    }

    /** True when the change ends the account's open sessions (role, division or active changed). */
    boolean update(String displayName, Role role, @Nullable String divisionCode, boolean active) {
        boolean endsSessions = this.role != role || !java.util.Objects.equals(this.divisionCode, divisionCode)
                || this.active != active;
        this.displayName = displayName;
        this.role = role;
        this.divisionCode = divisionCode;
        this.active = active;
        if (endsSessions) {
            sessionVersion++;
        }
        return endsSessions;
    }

    /** A new password ends every session of the account. */
    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        sessionVersion++;
    }
}
