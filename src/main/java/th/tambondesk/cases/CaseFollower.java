package th.tambondesk.cases;

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

/** A resident who joined a case reported by someone else, and is told its status changes. */
@Entity
@Table(name = "case_follower")
class CaseFollower {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id")
    private Long caseId;
    @Enumerated(EnumType.STRING)
    @Column(name = "resident_channel")
    private CaseChannel residentChannel;
    @Column(name = "resident_key")
    private @Nullable String residentKey;
    @Column(name = "resident_pseudonym")
    private String residentPseudonym;
    @Column(name = "joined_at")
    private Instant joinedAt;

    protected CaseFollower() {
    }

    CaseFollower(Long caseId, Requester requester, Instant joinedAt) {
        this.caseId = caseId;
        this.residentChannel = requester.channel();
        this.residentKey = requester.key();
        this.residentPseudonym = requester.pseudonym();
        this.joinedAt = joinedAt;
    }

    Long caseId() {
        return caseId;
    }

    /** Who to tell, or null once the personal data was purged. */
    @Nullable Requester requester() {
        return residentKey == null ? null : new Requester(residentChannel, residentKey, residentPseudonym);
    }

    /** Follows another case instead (the one this case was merged into). */
    void moveTo(Long caseId) {
        this.caseId = caseId;
    }

    void forget() {
        this.residentKey = null;
    }
}
