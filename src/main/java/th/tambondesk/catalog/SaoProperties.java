package th.tambondesk.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Facts about the SAO that come from configuration ({@code tambondesk.sao.*}, set from {@code TAMBONDESK_SAO_*}).
 * Unknown facts stay empty: they are shown nowhere until the SAO sets them.
 *
 * @param name        the SAO's full name (empty: Huai Chorakhe's)
 * @param shortName   the SAO's short name, as residents say it (empty: Huai Chorakhe's)
 * @param address     the office's address, shown to residents
 * @param phone       the office's phone number, shown to residents and after the emergency numbers
 * @param email       the office's e-mail address
 * @param officeHours the office's hours, e.g. "จันทร์–ศุกร์ 08.30–16.30 น."
 * @param website     the SAO's website
 * @param lineId      the Official Account's basic id, e.g. {@code @123abcde}; posters and the web chat link to it
 * @param mapUrl      a map link to the office, offered when residents ask the way
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
