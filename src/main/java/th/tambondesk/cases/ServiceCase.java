package th.tambondesk.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
    private CaseChannel residentChannel;
    @Column(name = "resident_key")
    private String residentKey;
    @Column(name = "resident_pseudonym")
    private String residentPseudonym;
    @Column(name = "contact_name")
    private String contactName;
    private String phone;
    @Convert(converter = DetailsConverter.class)
    private List<OpenCase.Detail> details;
    private Double latitude;
    private Double longitude;
    private String place;
    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Enumerated(EnumType.STRING)
    private th.tambondesk.catalog.ServiceKind kind;
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
        this.createdAt = createdAt;
        this.dueDate = dueDate;
    }

    boolean belongsTo(CaseChannel channel, String key) {
        return channel == residentChannel && key != null && key.equals(residentKey);
    }

    Long id() {
        return id;
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

    String residentPseudonym() {
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

    Instant closedAt() {
        return closedAt;
    }
}
