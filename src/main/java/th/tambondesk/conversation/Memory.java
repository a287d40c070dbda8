package th.tambondesk.conversation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The stored {@link State} of one resident. Versioned, so two messages at once cannot both change it. */
@Entity
@Table(name = "conversation_state")
class Memory {

    @Id
    @Column(name = "resident_id")
    private String residentId;
    private String state;
    @Column(name = "last_activity")
    private Instant lastActivity;
    @Version
    private long version;

    protected Memory() {
    }

    Memory(String residentId, String state, Instant at) {
        this.residentId = residentId;
        this.state = state;
        this.lastActivity = at;
    }

    String state() {
        return state;
    }

    void update(String state, Instant at) {
        this.state = state;
        this.lastActivity = at;
    }
}
