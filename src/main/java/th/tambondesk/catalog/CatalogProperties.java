package th.tambondesk.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param seed     the catalogue file loaded into an empty database
 * @param pageSize services shown per page of a category (LINE shows at most 12 cards side by side)
 * @param refresh  the chat's copy of the catalogue is read again after this long, so that edits made through
 *                 another instance show; edits made through this one show at once
 */
@ConfigurationProperties("tambondesk.catalog")
record CatalogProperties(@DefaultValue("classpath:catalog/huai-chorakhe.yml") String seed,
                         @DefaultValue("9") int pageSize,
                         @DefaultValue("10s") java.time.Duration refresh) {
}
