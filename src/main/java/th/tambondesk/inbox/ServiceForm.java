package th.tambondesk.inbox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import th.tambondesk.catalog.DateRange;
import th.tambondesk.catalog.FieldSpec;
import th.tambondesk.catalog.FieldType;
import th.tambondesk.catalog.ServiceEdit;
import th.tambondesk.catalog.ServiceKind;
import th.tambondesk.catalog.StandardTime;
import th.tambondesk.catalog.Step;

/**
 * The service edit form: plain fields the page binds to. Documents are one per line; keywords are separated by
 * commas; steps and the details to ask are rows, with one empty row to add another.
 */
class ServiceForm {

    public String code = "";
    public String categoryCode = "";
    public ServiceKind kind = ServiceKind.REQUEST;
    public String name = "";
    public String description = "";
    public String whoMayAsk = "";
    public String divisionCode = "";
    public String documents = "";
    public String keywords = "";
    public @Nullable Integer standardDays;
    public String standardLabel = "";
    public StandardTime.Basis basis = StandardTime.Basis.UNKNOWN;
    public boolean active = true;
    public String fee = "";
    public boolean feeVerified;
    public String complaintChannel = "";
    /** Metres; empty: the default of the service's kind. */
    public @Nullable Integer nearbyRadius;
    public boolean needsDocuments = true;
    public List<StepRow> steps = new ArrayList<>();
    public List<FieldRow> fields = new ArrayList<>();

    public static class StepRow {
        public String text = "";
        public String time = "";
        public boolean verified;
    }

    public static class FieldRow {
        public String key = "";
        public FieldType type = FieldType.TEXT;
        public String label = "";
        public String question = "";
        public boolean required;
        public boolean prefill;
        public Integer max = 1;
        public String options = "";
        public DateRange dates = DateRange.ANY;
        public boolean remove;
    }

    static ServiceForm of(ServiceEdit edit) {
        ServiceForm form = new ServiceForm();
        form.code = edit.code();
        form.categoryCode = edit.categoryCode();
        form.kind = edit.kind();
        form.name = edit.name();
        form.description = edit.description();
        form.whoMayAsk = edit.whoMayAsk();
        form.divisionCode = edit.divisionCode();
        form.documents = String.join("\n", edit.documents());
        form.keywords = String.join(", ", edit.keywords());
        form.standardDays = edit.standardTime().days();
        form.standardLabel = edit.standardTime().label() == null ? "" : edit.standardTime().label();
        form.basis = edit.standardTime().basis();
        form.active = edit.active();
        form.fee = edit.fee() == null ? "" : edit.fee();
        form.feeVerified = edit.feeVerified();
        form.complaintChannel = edit.complaintChannel() == null ? "" : edit.complaintChannel();
        form.nearbyRadius = edit.nearbyRadius();
        form.needsDocuments = edit.needsDocuments();
        for (Step step : edit.steps()) {
            StepRow row = new StepRow();
            row.text = step.text();
            row.time = step.time() == null ? "" : step.time();
            row.verified = step.verified();
            form.steps.add(row);
        }
        for (FieldSpec field : edit.fields()) {
            FieldRow row = new FieldRow();
            row.key = field.key();
            row.type = field.type();
            row.label = field.label();
            row.question = field.question();
            row.required = field.required();
            row.prefill = field.prefill();
            row.max = field.max();
            row.options = String.join(", ", field.options());
            row.dates = field.dates();
            form.fields.add(row);
        }
        return form.withBlankRows();
    }

    ServiceForm withBlankRows() {
        steps.removeIf(s -> s.text == null || s.text.isBlank());
        steps.add(new StepRow());
        fields.add(new FieldRow());
        return this;
    }

    ServiceEdit toEdit() {
        List<Step> stepList = steps.stream()
                .filter(s -> s.text != null && !s.text.isBlank())
                .map(s -> new Step(s.text.strip(), s.time == null ? "" : s.time.strip(), s.verified))
                .toList();
        List<FieldSpec> fieldList = fields.stream()
                .filter(f -> !f.remove && f.key != null && !f.key.isBlank())
                .map(f -> new FieldSpec(f.key.strip().toLowerCase(), f.type, f.label.strip(), f.question.strip(),
                        f.required, f.prefill && f.type == FieldType.TEXT, f.max == null ? 1 : f.max, split(f.options),
                        f.type == FieldType.DATE ? f.dates : DateRange.ANY))
                .toList();
        return new ServiceEdit(code.strip().toLowerCase(), categoryCode, kind, name.strip(), description.strip(),
                whoMayAsk.strip(), divisionCode, lines(documents), stepList, fieldList, split(keywords),
                new StandardTime(basis == StandardTime.Basis.UNKNOWN ? null : standardDays,
                        basis == StandardTime.Basis.UNKNOWN ? null : standardLabel.strip(), basis),
                active, blankToNull(fee), feeVerified, blankToNull(complaintChannel), nearbyRadius,
                needsDocuments);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
