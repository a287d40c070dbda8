package th.tambondesk.integrity;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/** A draft as the reporter reviews it before sending. */
public record DraftView(@Nullable IntegrityCategory category, Map<ReportField, String> fields, int evidence) {

    public @Nullable String field(ReportField field) {
        return fields.get(field);
    }
}
