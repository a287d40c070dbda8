package th.tambondesk.catalog;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-services of the SAO: categories, services with their steps, documents, standard time and the details to
 * ask, and finding a service from what a resident typed. Read from the database on every call, so edits in the
 * admin pages show in chat at once.
 */
@Service
@Transactional(readOnly = true)
public class Catalog {

    private final Categories categories;
    private final EServices services;
    private final Divisions divisions;
    private final CatalogProperties properties;

    Catalog(Categories categories, EServices services, Divisions divisions, CatalogProperties properties) {
        this.categories = categories;
        this.services = services;
        this.divisions = divisions;
        this.properties = properties;
    }

    /** How many services one page of a category shows. */
    public int pageSize() {
        return properties.pageSize();
    }

    /** A service found in a text, with the length of the keyword that matched: longer is surer. */
    public record Match(ServiceView service, int score) {
    }

    public List<CategoryView> categories() {
        Map<String, Long> counts = services.findByActiveTrueOrderByPosition().stream()
                .collect(Collectors.groupingBy(EService::categoryCode, Collectors.counting()));
        return categories.findAllByOrderByPosition().stream()
                .filter(c -> counts.getOrDefault(c.code(), 0L) > 0)
                .map(c -> new CategoryView(c.code(), c.name(), counts.get(c.code()).intValue()))
                .toList();
    }

    public Optional<CategoryView> category(String code) {
        return categories().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public List<ServiceView> services(String categoryCode) {
        Map<String, DivisionView> byCode = divisionsByCode();
        return services.findByCategoryCodeAndActiveTrueOrderByPosition(categoryCode).stream()
                .map(s -> s.view(byCode.get(s.divisionCode())))
                .toList();
    }

    /** The active services under their category's name, in catalogue order (for pickers in the inbox). */
    public Map<String, List<ServiceView>> servicesByCategoryName() {
        Map<String, List<ServiceView>> byCategory = new LinkedHashMap<>();
        categories().forEach(c -> byCategory.put(c.name(), services(c.code())));
        return byCategory;
    }

    public List<ServiceView> allServices() {
        Map<String, DivisionView> byCode = divisionsByCode();
        return services.findByActiveTrueOrderByPosition().stream()
                .map(s -> s.view(byCode.get(s.divisionCode())))
                .toList();
    }

    /** Every service, closed ones too (statistics of past years name them). */
    public List<ServiceView> allServicesIncludingClosed() {
        Map<String, DivisionView> byCode = divisionsByCode();
        return services.findAll().stream()
                .sorted(Comparator.comparingInt(EService::position))
                .map(s -> s.view(byCode.get(s.divisionCode())))
                .toList();
    }

    public Optional<ServiceView> service(String code) {
        return services.findById(code)
                .map(s -> s.view(divisions.findById(s.divisionCode()).map(Division::view).orElse(null)));
    }

    /** The active service with this name, ignoring spaces and case (as a poster's QR code types it in). */
    public Optional<ServiceView> serviceNamed(String name) {
        String wanted = Keywords.normalize(name);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return services.findByActiveTrueOrderByPosition().stream()
                .filter(s -> Keywords.normalize(s.name()).equals(wanted))
                .findFirst()
                .map(s -> s.view(divisions.findById(s.divisionCode()).map(Division::view).orElse(null)));
    }

    /** The service whose keyword or name appears in the text, if any. */
    public Optional<Match> match(String text) {
        String normalized = Keywords.normalize(text);
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        Map<String, DivisionView> byCode = divisionsByCode();
        return services.findByActiveTrueOrderByPosition().stream()
                .map(s -> new Match(s.view(byCode.get(s.divisionCode())),
                        Math.max(Keywords.score(normalized, s.keywords()), Keywords.score(normalized, List.of(s.name())))))
                .filter(m -> m.score() > 0)
                .max(Comparator.comparingInt(Match::score));
    }

    public List<DivisionView> divisions() {
        return divisions.findAllByOrderByPosition().stream().map(Division::view).toList();
    }

    public Optional<DivisionView> division(String code) {
        return divisions.findById(code).map(Division::view);
    }

    private Map<String, DivisionView> divisionsByCode() {
        return divisions.findAll().stream().map(Division::view)
                .collect(Collectors.toMap(DivisionView::code, Function.identity()));
    }
}
