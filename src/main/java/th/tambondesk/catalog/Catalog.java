package th.tambondesk.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * The e-services of the SAO: categories, services with their steps, documents, standard time and the details to
 * ask, and finding a service from what a resident typed. Reads {@link CatalogSnapshots}: no queries per message, and
 * edits in the admin pages show in chat as soon as they are saved.
 */
@Service
public class Catalog {

    private final CatalogSnapshots snapshots;
    private final CatalogProperties properties;

    Catalog(CatalogSnapshots snapshots, CatalogProperties properties) {
        this.snapshots = snapshots;
        this.properties = properties;
    }

    /** How many services one page of a category shows. */
    public int pageSize() {
        return properties.pageSize();
    }

    /** A service found in a text, with the length of the keyword that matched: longer is surer. */
    public record Match(ServiceView service, int score) {
    }

    /** The categories that have active services, in catalogue order. */
    public List<CategoryView> categories() {
        return snapshots.get().categories();
    }

    public Optional<CategoryView> category(String code) {
        return categories().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public List<ServiceView> services(String categoryCode) {
        return snapshots.get().activeByCategory().getOrDefault(categoryCode, List.of());
    }

    /** The active services under their category's name, in catalogue order (for pickers in the inbox). */
    public Map<String, List<ServiceView>> servicesByCategoryName() {
        CatalogSnapshots.Snapshot snapshot = snapshots.get();
        Map<String, List<ServiceView>> byCategory = new LinkedHashMap<>();
        snapshot.categories().forEach(c -> byCategory.put(c.name(), snapshot.activeByCategory().get(c.code())));
        return byCategory;
    }

    public List<ServiceView> allServices() {
        return snapshots.get().active();
    }

    /** Every service, closed ones too (statistics of past years name them). */
    public List<ServiceView> allServicesIncludingClosed() {
        return snapshots.get().all();
    }

    public Optional<ServiceView> service(String code) {
        return Optional.ofNullable(code).map(snapshots.get().byCode()::get);
    }

    /** The active service with this name, ignoring spaces and case (as a poster's QR code types it in). */
    public Optional<ServiceView> serviceNamed(String name) {
        String wanted = Keywords.normalize(name);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return allServices().stream()
                .filter(s -> Keywords.normalize(s.name()).equals(wanted))
                .findFirst();
    }

    /** The service whose keyword or name appears in the text, if any. */
    public Optional<Match> match(String text) {
        return CatalogSnapshots.Searchable.best(text, snapshots.get().searchableServices())
                .map(found -> new Match(found.item(), found.score()));
    }

    public List<DivisionView> divisions() {
        return snapshots.get().divisions();
    }

    public Optional<DivisionView> division(String code) {
        return Optional.ofNullable(code).map(snapshots.get().divisionsByCode()::get);
    }
}
