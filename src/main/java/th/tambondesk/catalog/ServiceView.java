package th.tambondesk.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.lang.Nullable;

/**
 * An e-service as residents and staff see it.
 *
 * @param fee              the fee as the citizen manual states it, or null when not yet filled in
 * @param feeVerified      whether the SAO confirmed the fee (otherwise residents are asked to check with staff)
 * @param complaintChannel where to complain about this service, or null when not yet filled in
 */
public record ServiceView(String code, String categoryCode, ServiceKind kind, String name, String description,
                          String whoMayAsk, DivisionView division, List<String> documents, List<Step> steps,
                          List<FieldSpec> fields, StandardTime standardTime, @Nullable String fee,
                          boolean feeVerified, @Nullable String complaintChannel) {

    public Optional<FieldSpec> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }
}
