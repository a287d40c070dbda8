package th.tambondesk.integrity;

import java.util.Map;

/** A draft as the reporter reviews it before sending. */
public record DraftView(IntegrityCategory category, Map<ReportField, String> fields, int evidence) {

    public String field(ReportField field) {
        return fields.get(field);
    }
}
