package th.tambondesk.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Facts about the SAO that come from configuration ({@code tambondesk.sao.*}, set from {@code TAMBONDESK_SAO_*}).
 * Unknown facts stay empty: they are shown nowhere until the SAO sets them.
 */
@ConfigurationProperties("tambondesk.sao")
record SaoProperties(String name, String shortName, String address, String phone, String email,
                     String officeHours, String website, String lineId, String mapUrl) {

    static final String DEFAULT_NAME = "องค์การบริหารส่วนตำบลห้วยจรเข้";
    static final String DEFAULT_SHORT_NAME = "อบต.ห้วยจรเข้";

    SaoProperties {
        name = blank(name) ? DEFAULT_NAME : name;
        shortName = blank(shortName) ? DEFAULT_SHORT_NAME : shortName;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
