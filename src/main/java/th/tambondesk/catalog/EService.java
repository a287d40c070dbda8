package th.tambondesk.catalog;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** An e-service of the catalogue. */
@Entity
@Table(name = "catalog_service")
class EService {

    @Id
    private String code;
    @Column(name = "category_code")
    private String categoryCode;
    @Column(name = "division_code")
    private String divisionCode;
    private String name;
    private String description;
    @Column(name = "who_may_ask")
    private String whoMayAsk;
    @Convert(converter = JsonColumns.Strings.class)
    private List<String> documents;
    @Convert(converter = JsonColumns.Steps.class)
    private List<Step> steps;
    @Convert(converter = JsonColumns.Fields.class)
    private List<FieldSpec> fields;
    @Convert(converter = JsonColumns.Strings.class)
    private List<String> keywords;
    @Column(name = "standard_days")
    private @Nullable Integer standardDays;
    @Column(name = "standard_label")
    private @Nullable String standardLabel;
    @Enumerated(EnumType.STRING)
    @Column(name = "standard_basis")
    private StandardTime.Basis standardBasis;
    private int position;
    private boolean active;
    @Enumerated(EnumType.STRING)
    private ServiceKind kind;
    private @Nullable String fee;
    @Column(name = "fee_verified")
    private boolean feeVerified;
    @Column(name = "complaint_channel")
    private @Nullable String complaintChannel;
    @Column(name = "nearby_radius")
    private @Nullable Integer nearbyRadius;
    @Column(name = "needs_documents")
    private boolean needsDocuments;

    protected EService() {
    }

    EService(String code, String categoryCode, String divisionCode, String name, String description, String whoMayAsk,
             List<String> documents, List<Step> steps, List<FieldSpec> fields, List<String> keywords,
             StandardTime standardTime, int position, ServiceKind kind, @Nullable String fee, boolean feeVerified,
             @Nullable String complaintChannel, @Nullable Integer nearbyRadius, boolean needsDocuments) {
        this.code = code;
        this.categoryCode = categoryCode;
        this.divisionCode = divisionCode;
        this.name = name;
        this.description = description;
        this.whoMayAsk = whoMayAsk;
        this.documents = documents;
        this.steps = steps;
        this.fields = fields;
        this.keywords = keywords;
        this.standardDays = standardTime.days();
        this.standardLabel = standardTime.label();
        this.standardBasis = standardTime.basis();
        this.position = position;
        this.active = true;
        this.kind = kind;
        this.fee = fee;
        this.feeVerified = feeVerified;
        this.complaintChannel = complaintChannel;
        this.nearbyRadius = nearbyRadius;
        this.needsDocuments = needsDocuments;
    }

    String code() {
        return code;
    }

    String categoryCode() {
        return categoryCode;
    }

    String divisionCode() {
        return divisionCode;
    }

    String name() {
        return name;
    }

    List<String> keywords() {
        return keywords;
    }

    int position() {
        return position;
    }

    boolean active() {
        return active;
    }

    ServiceEdit edit() {
        return new ServiceEdit(code, categoryCode, kind == null ? ServiceKind.REQUEST : kind, name, description,
                whoMayAsk, divisionCode, List.copyOf(documents), List.copyOf(steps), List.copyOf(fields),
                List.copyOf(keywords), new StandardTime(standardDays, standardLabel, standardBasis), active, fee,
                feeVerified, complaintChannel, nearbyRadius, needsDocuments);
    }

    void update(ServiceEdit edit) {
        this.categoryCode = edit.categoryCode();
        this.divisionCode = edit.divisionCode();
        this.kind = edit.kind();
        this.name = edit.name();
        this.description = edit.description();
        this.whoMayAsk = edit.whoMayAsk();
        this.documents = edit.documents();
        this.steps = edit.steps();
        this.fields = edit.fields();
        this.keywords = edit.keywords();
        this.standardDays = edit.standardTime().days();
        this.standardLabel = edit.standardTime().label();
        this.standardBasis = edit.standardTime().basis();
        this.active = edit.active();
        this.fee = edit.fee();
        this.feeVerified = edit.feeVerified();
        this.complaintChannel = edit.complaintChannel();
        this.nearbyRadius = edit.nearbyRadius();
        this.needsDocuments = edit.needsDocuments();
    }

    ServiceView view(DivisionView division) {
        return new ServiceView(code, categoryCode, kind, name, description, whoMayAsk, division, List.copyOf(documents),
                List.copyOf(steps), List.copyOf(fields), new StandardTime(standardDays, standardLabel, standardBasis), fee,
                feeVerified, complaintChannel, nearbyRadius, needsDocuments);
    }
}
