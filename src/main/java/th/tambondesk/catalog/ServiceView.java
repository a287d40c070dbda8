package th.tambondesk.catalog;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * An e-service as residents and staff see it.
 *
 * @param fee              the fee as the citizen manual states it, or null when not yet filled in
 * @param feeVerified      whether the SAO confirmed the fee (otherwise residents are asked to check with staff)
 * @param complaintChannel where to complain about this service, or null when not yet filled in
 * @param nearbyRadius     metres within which a new report is offered an open case to join; null: the default
 */
public record ServiceView(String code, String categoryCode, ServiceKind kind, String name, String description,
                          String whoMayAsk, DivisionView division, List<String> documents, List<Step> steps,
                          List<FieldSpec> fields, StandardTime standardTime, @Nullable String fee,
                          boolean feeVerified, @Nullable String complaintChannel,
                          @Nullable Integer nearbyRadius, boolean needsDocuments) {

    /** Without a setting: complaints about a place look 100 m around; requests (a person's own matter) never. */
    public static final int DEFAULT_COMPLAINT_RADIUS = 100;
    /** The widest a radius may be: the check reads (2 r / 110 m + 2)² map cells. */
    public static final int MAX_RADIUS = 500;

    public Optional<FieldSpec> field(@Nullable String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** How far, in metres, a new report looks for an open case of this service to join; 0: not at all. */
    public int nearbyRadiusMetres() {
        if (fields.stream().noneMatch(f -> f.type() == FieldType.LOCATION)) {
            return 0;
        }
        if (nearbyRadius != null) {
            return Math.max(0, Math.min(MAX_RADIUS, nearbyRadius));
        }
        return kind == ServiceKind.COMPLAINT ? DEFAULT_COMPLAINT_RADIUS : 0;
    }
}
