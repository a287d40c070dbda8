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
    private String divisionCode;
    private boolean active;
    @Column(name = "created_at")
    private Instant createdAt;

    protected StaffUser() {
    }

    StaffUser(String username, String passwordHash, String displayName, Role role, String divisionCode,
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

    String divisionCode() {
        return divisionCode;
    }

    boolean active() {
        return active;
    }

    /** What the admin pages show of an account; never the password hash. */
    record Row(long id, String username, String displayName, Role role, String divisionCode, boolean active) {
    }

    Row row() {
        return new Row(id, username, displayName, role, divisionCode, active);
    }

    void update(String displayName, Role role, String divisionCode, boolean active) {
        this.displayName = displayName;
        this.role = role;
        this.divisionCode = divisionCode;
        this.active = active;
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }
}
