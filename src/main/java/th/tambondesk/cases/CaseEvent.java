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

/** One entry of a case's timeline. */
@Entity
@Table(name = "case_event")
class CaseEvent {

    /** What happened; stored by name. */
    enum Kind {
        OPENED,
        STATUS,
        REPLY,
        NOTE,
        ASSIGN,
        RATING,
        LINKED,
        /** Another resident joined instead of reporting it again. */
        JOINED,
        /** The resident said the finished case is not fixed. */
        REOPENED,
        /** The requester withdrew while others follow the case. */
        WITHDRAWN,
        /** Another case was merged into this one. */
        MERGED_IN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id")
    private Long caseId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Enumerated(EnumType.STRING)
    private @Nullable CaseStatus status;
    private @Nullable String note;
    private @Nullable String actor;
    @Column(name = "visible_to_resident")
    private boolean visibleToResident;
    @Column(name = "created_at")
    private Instant createdAt;

    protected CaseEvent() {
    }

    CaseEvent(Long caseId, Kind kind, @Nullable CaseStatus status, @Nullable String note, @Nullable String actor,
              boolean visibleToResident, Instant createdAt) {
        this.caseId = caseId;
        this.kind = kind;
        this.status = status;
        this.note = note;
        this.actor = actor;
        this.visibleToResident = visibleToResident;
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    @Nullable CaseStatus status() {
        return status;
    }

    StaffCaseView.Event staffView() {
        return new StaffCaseView.Event(kind.name(), status, note, actor, visibleToResident, createdAt);
    }

    CaseView.TimelineEntry view() {
        return new CaseView.TimelineEntry(createdAt, status, note);
    }
}
