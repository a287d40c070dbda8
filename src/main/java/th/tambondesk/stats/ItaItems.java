package th.tambondesk.stats;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

import th.tambondesk.common.Texts;

/**
 * The ITA assessment's item codes and titles that pages and exports print. The ITA renumbers its items in some years
 * (the e-service item has been O13 and O18), so they are configuration ({@code TAMBONDESK_ITA_*}); a blank title
 * means the default wording of {@code i18n/common.properties}.
 */
@ConfigurationProperties("tambondesk.ita")
public record ItaItems(Item serviceStatistics, Item integrityStatistics, Item eService, Item eServiceQuestion) {

    public ItaItems {
        serviceStatistics = orDefault(serviceStatistics, "O12");
        integrityStatistics = orDefault(integrityStatistics, "O24");
        eService = orDefault(eService, "O13");
        eServiceQuestion = orDefault(eServiceQuestion, "E9");
    }

    /**
     * @param code  the ITA item code printed on pages and exports
     * @param title null or blank for the default wording
     */
    public record Item(String code, @Nullable String title) {

        /** The title to print: the configured one, or the default from the messages. */
        public String title(Texts texts, String defaultKey) {
            return title == null || title.isBlank() ? texts.get(defaultKey) : title.strip();
        }
    }

    private static Item orDefault(@Nullable Item item, String code) {
        if (item == null) {
            return new Item(code, null);
        }
        return item.code() == null || item.code().isBlank() ? new Item(code, item.title()) : item;
    }
}
