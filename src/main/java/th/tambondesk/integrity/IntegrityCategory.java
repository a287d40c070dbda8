package th.tambondesk.integrity;

import java.util.Locale;

/** What a report is about (ITA O23/O24). Thai names in {@code i18n/integrity.properties}. */
public enum IntegrityCategory {
    BRIBERY,
    ASSET_MISUSE,
    UNLAWFUL_ORDER,
    PROCUREMENT,
    FALSE_CLAIM,
    CONFLICT_OF_INTEREST,
    OTHER;

    /** The full name, for statistics and the auditor's pages. */
    public String messageKey() {
        return "integrity.category." + code();
    }

    /** The short name that fits a LINE button (20 characters). */
    public String buttonKey() {
        return "integrity.button." + code();
    }

    private String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
