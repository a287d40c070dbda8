package th.tambondesk.integrity;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** An opened report, decrypted for display to the auditor. */
public record ReportDetail(long id, IntegrityCategory category, IntegrityStatus status, boolean anonymous,
                           Instant submittedAt, Map<ReportField, String> fields, List<Entry> entries,
                           List<Long> evidence) {

    public @Nullable String field(ReportField field) {
        return fields.get(field);
    }

    public record Entry(String author, String text, Instant at) {
    }
}
