package th.tambondesk.integrity;

import java.util.Locale;

/** Where a report stands, as O24 counts it. */
public enum IntegrityStatus {
    RECEIVED,
    IN_PROGRESS,
    FINISHED;

    public String messageKey() {
        return "integrity.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
