package th.tambondesk.integrity;

import java.util.Locale;

/** What a report is about (ITA O23/O24). Thai names in {@code i18n/integrity.properties}. */
public enum IntegrityCategory {
    BRIBERY,
    ASSET_MISUSE,
    UNLAWFUL_ORDER,
    PROCUREMENT,
    FALSE_CLAIM,
    OTHER;

    public String messageKey() {
        return "integrity.category." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
