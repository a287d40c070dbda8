package th.tambondesk.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/** A service request or complaint. */
@Entity
@Table(name = "service_case")
class ServiceCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "tracking_code")
    private String trackingCode;
    @Column(name = "form_id")
    private String idempotencyKey;
    @Column(name = "service_code")
    private String serviceCode;
    @Column(name = "service_name")
    private String serviceName;
    @Column(name = "division_code")
    private String divisionCode;
    @Enumerated(EnumType.STRING)
    private CaseChannel channel;
    @Enumerated(EnumType.STRING)
    @Column(name = "resident_channel")
    private @Nullable CaseChannel residentChannel;
    @Column(name = "resident_key")
    private @Nullable String residentKey;
    @Column(name = "resident_pseudonym")
    private @Nullable String residentPseudonym;
    @Column(name = "contact_name")
    private @Nullable String contactName;
    private @Nullable String phone;
    @Convert(converter = DetailsConverter.class)
    private List<OpenCase.Detail> details;
    private @Nullable Double latitude;
    private @Nullable Double longitude;
    private @Nullable String place;
    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Column(name = "closed_at")
    private @Nullable Instant closedAt;
    @Enumerated(EnumType.STRING)
    private th.tambondesk.catalog.ServiceKind kind;
    private @Nullable String assignee;
    private @Nullable Integer rating;
    @Column(name = "rating_comment")
    private @Nullable String ratingComment;
    @Column(name = "rated_at")
    private @Nullable Instant ratedAt;
    @Column(name = "link_code")
    private @Nullable String linkCode;
    @Column(name = "link_code_expires")
    private @Nullable Instant linkCodeExpires;
    private int reporters = 1;
    private int reopened;
    @Column(name = "merged_into")
    private @Nullable Long mergedInto;
    /** The map cell while open and placed: what the duplicate check finds. */
    @Column(name = "open_cell")
    private @Nullable Long openCell;
    @Version
    private long version;

    protected ServiceCase() {
    }

    ServiceCase(String trackingCode, OpenCase command, String serviceName, th.tambondesk.catalog.ServiceKind kind,
                String divisionCode, Instant createdAt, LocalDate dueDate) {
        this.kind = kind;
        this.trackingCode = trackingCode;
        this.idempotencyKey = command.idempotencyKey();
        this.serviceCode = command.serviceCode();
        this.serviceName = serviceName;
        this.divisionCode = divisionCode;
        this.channel = command.channel();
        if (command.requester() != null) {
            this.residentChannel = command.requester().channel();
            this.residentKey = command.requester().key();
            this.residentPseudonym = command.requester().pseudonym();
        }
        this.contactName = command.contactName();
        this.phone = command.phone();
        this.details = command.details();
        if (command.place() != null) {
            this.latitude = command.place().latitude();
            this.longitude = command.place().longitude();
            this.place = command.place().description();
        }
        this.status = CaseStatus.NEW;
        this.openCell = MapCells.of(latitude, longitude);
        this.createdAt = createdAt;
        this.dueDate = dueDate;
    }

    /** The resident who opened the case, while known (channel, key and pseudonym are set together). */
    Optional<Requester> requester() {
        if (residentChannel == null || residentKey == null || residentPseudonym == null) {
            return Optional.empty();
        }
        return Optional.of(new Requester(residentChannel, residentKey, residentPseudonym));
    }

    boolean belongsTo(CaseChannel channel, @Nullable String key) {
        return channel == residentChannel && key != null && key.equals(residentKey);
    }

    Long id() {
        return id;
    }

    void changeStatus(CaseStatus to, @Nullable Instant at) {
        this.status = to;
        this.closedAt = to.closed() ? at : null;
        this.openCell = to.closed() ? null : MapCells.of(latitude, longitude);
    }

    /** The resident says it is not fixed: staff take it up again. */
    void reopen() {
        changeStatus(CaseStatus.REOPENED, null);
        this.reopened++;
    }

    void mergeInto(ServiceCase target, Instant at) {
        changeStatus(CaseStatus.MERGED, at);
        this.mergedInto = target.id;
        target.reporters += this.reporters;
    }

    /** One more resident joined. */
    void addReporter() {
        this.reporters++;
    }

    /**
     * The requester withdrew while others follow the case: it stays open for them, and the requester is no longer
     * told anything nor reachable (contact details go; the pseudonym stays for the statistics).
     */
    void withdrawRequester() {
        this.residentChannel = null;
        this.residentKey = null;
        this.contactName = null;
        this.phone = null;
        this.reporters = Math.max(1, reporters - 1);
    }

    int reporters() {
        return reporters;
    }

    int reopened() {
        return reopened;
    }

    @Nullable Long mergedInto() {
        return mergedInto;
    }

    void assign(String division, @Nullable String assignee) {
        this.divisionCode = division;
        this.assignee = assignee;
    }

    void rate(int rating, Instant at) {
        this.rating = rating;
        this.ratedAt = at;
    }

    void comment(String comment) {
        this.ratingComment = comment;
    }

    void offerLink(String code, Instant expires) {
        this.linkCode = code;
        this.linkCodeExpires = expires;
    }

    /** Links the case to the resident who sent its one-time code; the code cannot be used again. */
    void linkTo(Requester requester) {
        this.residentChannel = requester.channel();
        this.residentKey = requester.key();
        this.residentPseudonym = requester.pseudonym();
        this.linkCode = null;
        this.linkCodeExpires = null;
    }

    boolean linkCodeValid(Instant now) {
        return linkCode != null && linkCodeExpires != null && linkCodeExpires.isAfter(now);
    }

    /**
     * Drops the resident's personal data, keeping what the statistics need (service, dates, status, rating,
     * channel and the resident's pseudonym).
     */
    void forgetPersonalData(String removedNote) {
        this.contactName = null;
        this.phone = null;
        this.residentKey = null;
        this.latitude = null;
        this.longitude = null;
        this.openCell = null;
        this.place = null;
        this.ratingComment = null;
        this.details = details.stream().map(d -> new OpenCase.Detail(d.label(), removedNote)).toList();
        this.linkCode = null;
        this.linkCodeExpires = null;
    }

    boolean overdue(java.time.LocalDate today) {
        return !status.closed() && dueDate.isBefore(today);
    }

    String kindName() {
        return kind == null ? "REQUEST" : kind.name();
    }

    @Nullable CaseChannel residentChannel() {
        return residentChannel;
    }

    @Nullable String residentKey() {
        return residentKey;
    }

    @Nullable String assignee() {
        return assignee;
    }

    @Nullable Integer rating() {
        return rating;
    }

    @Nullable String ratingComment() {
        return ratingComment;
    }

    @Nullable String linkCode() {
        return linkCode;
    }

    @Nullable String contactName() {
        return contactName;
    }

    @Nullable String phone() {
        return phone;
    }

    @Nullable Double latitude() {
        return latitude;
    }

    @Nullable Double longitude() {
        return longitude;
    }

    @Nullable String place() {
        return place;
    }

    String trackingCode() {
        return trackingCode;
    }

    String serviceCode() {
        return serviceCode;
    }

    String serviceName() {
        return serviceName;
    }

    String divisionCode() {
        return divisionCode;
    }

    CaseChannel channel() {
        return channel;
    }

    @Nullable String residentPseudonym() {
        return residentPseudonym;
    }

    List<OpenCase.Detail> details() {
        return details;
    }

    CaseStatus status() {
        return status;
    }

    Instant createdAt() {
        return createdAt;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    @Nullable Instant closedAt() {
        return closedAt;
    }
}
