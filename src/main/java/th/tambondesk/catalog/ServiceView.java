package th.tambondesk.catalog;

import java.util.List;
import java.util.Optional;

/** An e-service as residents and staff see it. */
public record ServiceView(String code, String categoryCode, ServiceKind kind, String name, String description,
                          String whoMayAsk, DivisionView division, List<String> documents, List<Step> steps,
                          List<FieldSpec> fields, StandardTime standardTime) {

    public Optional<FieldSpec> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }
}
