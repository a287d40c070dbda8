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

/** One entry of a case's timeline. */
@Entity
@Table(name = "case_event")
class CaseEvent {

    static final String OPENED = "OPENED";
    static final String STATUS = "STATUS";
    static final String REPLY = "REPLY";
    static final String NOTE = "NOTE";
    static final String ASSIGN = "ASSIGN";
    static final String RATING = "RATING";
    static final String LINKED = "LINKED";
    /** Another resident joined instead of reporting it again. */
    static final String JOINED = "JOINED";
    /** The resident said the finished case is not fixed. */
    static final String REOPENED = "REOPENED";
    /** The requester withdrew while others follow the case. */
    static final String WITHDRAWN = "WITHDRAWN";
    /** Another case was merged into this one. */
    static final String MERGED_IN = "MERGED_IN";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id")
    private Long caseId;
    private String kind;
    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    private String note;
    private String actor;
    @Column(name = "visible_to_resident")
    private boolean visibleToResident;
    @Column(name = "created_at")
    private Instant createdAt;

    protected CaseEvent() {
    }

    CaseEvent(Long caseId, String kind, CaseStatus status, String note, String actor, boolean visibleToResident,
              Instant createdAt) {
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

    CaseStatus status() {
        return status;
    }

    StaffCaseView.Event staffView() {
        return new StaffCaseView.Event(kind, status, note, actor, visibleToResident, createdAt);
    }

    CaseView.TimelineEntry view() {
        return new CaseView.TimelineEntry(createdAt, status, note);
    }
}
