package th.tambondesk.catalog;

import java.util.List;

/** A service as the admin edits it: everything, including keywords and whether it is offered. */
public record ServiceEdit(String code, String categoryCode, ServiceKind kind, String name, String description,
                          String whoMayAsk, String divisionCode, List<String> documents, List<Step> steps,
                          List<FieldSpec> fields, List<String> keywords, StandardTime standardTime, boolean active) {
}
