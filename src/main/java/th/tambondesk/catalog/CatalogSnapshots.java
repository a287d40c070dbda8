package th.tambondesk.catalog;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The catalogue as the chat reads it on every message: an immutable copy, so that a message costs no queries and
 * no JSON parsing of the service columns. The copy is read again after an edit here commits, and when it is older
 * than {@code tambondesk.catalog.refresh} (edits made through another instance of the application).
 */
@Component
class CatalogSnapshots {

    /** A service or question with its keywords, normalized once. */
    record Searchable<T>(T item, List<String> keywords) {

        /** The item whose keyword found in the text is longest (the first one on a tie), with that length. */
        static <T> Optional<Found<T>> best(String text, List<Searchable<T>> items) {
            String normalized = Keywords.normalize(text);
            Found<T> best = null;
            if (!normalized.isEmpty()) {
                for (Searchable<T> item : items) {
                    int score = Keywords.scoreNormalized(normalized, item.keywords());
                    if (score > 0 && (best == null || score > best.score())) {
                        best = new Found<>(item.item(), score);
                    }
                }
            }
            return Optional.ofNullable(best);
        }
    }

    record Found<T>(T item, int score) {
    }

    record Snapshot(long generation, long loadedAt,
                    List<CategoryView> categories,
                    Map<String, List<ServiceView>> activeByCategory,
                    List<ServiceView> active,
                    List<ServiceView> all,
                    Map<String, ServiceView> byCode,
                    List<DivisionView> divisions,
                    Map<String, DivisionView> divisionsByCode,
                    List<Searchable<ServiceView>> searchableServices,
                    List<Searchable<FaqView>> faq) {
    }

    private final Categories categories;
    private final EServices services;
    private final Divisions divisions;
    private final FaqEntries faq;
    private final Sao sao;
    private final TransactionTemplate read;
    private final long maxAgeNanos;
    private final AtomicLong generation = new AtomicLong();
    private final ReentrantLock loading = new ReentrantLock();
    private volatile @Nullable Snapshot current;

    CatalogSnapshots(Categories categories, EServices services, Divisions divisions, FaqEntries faq, Sao sao,
                     PlatformTransactionManager transactions, CatalogProperties properties) {
        this.categories = categories;
        this.services = services;
        this.divisions = divisions;
        this.faq = faq;
        this.sao = sao;
        this.read = new TransactionTemplate(transactions);
        // Read in the caller's transaction when there is one: a transaction of its own would need a second
        // connection while the caller holds one, and callers waiting for the copy could then use up the pool.
        this.read.setReadOnly(true);
        this.maxAgeNanos = properties.refresh().toNanos();
    }

    Snapshot get() {
        Snapshot snapshot = current;
        if (snapshot != null && fresh(snapshot)) {
            return snapshot;
        }
        if (snapshot != null && snapshot.generation() == generation.get()) {
            // Only old: while another thread reads the new copy, the old one still serves.
            if (!loading.tryLock()) {
                return snapshot;
            }
        } else {
            // Edited here (or not loaded yet): wait for the new copy, the edit must show at once.
            loading.lock();
        }
        try {
            snapshot = current;
            if (snapshot != null && fresh(snapshot)) {
                return snapshot;
            }
            long loadingGeneration = generation.get();
            Snapshot loaded = Objects.requireNonNull(read.execute(status -> load(loadingGeneration)));
            current = loaded;
            return loaded;
        } finally {
            loading.unlock();
        }
    }

    private boolean fresh(Snapshot snapshot) {
        return snapshot.generation() == generation.get()
                && System.nanoTime() - snapshot.loadedAt() < maxAgeNanos;
    }

    /** The catalogue was changed: read it again once the change is committed. */
    void changed() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    generation.incrementAndGet();
                }
            });
        } else {
            generation.incrementAndGet();
        }
    }

    private Snapshot load(long loadingGeneration) {
        List<DivisionView> divisionList = divisions.findAllByOrderByPosition().stream().map(Division::view).toList();
        Map<String, DivisionView> divisionsByCode = divisionList.stream()
                .collect(Collectors.toMap(DivisionView::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<EService> everyService = services.findAll().stream()
                .sorted(Comparator.comparingInt(EService::position)).toList();
        // A service's division exists: a foreign key says so.
        List<ServiceView> all = everyService.stream()
                .map(s -> s.view(Objects.requireNonNull(divisionsByCode.get(s.divisionCode()), s.divisionCode())))
                .toList();
        Map<String, ServiceView> byCode = all.stream()
                .collect(Collectors.toMap(ServiceView::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<EService> activeServices = everyService.stream().filter(EService::active).toList();
        List<ServiceView> active = activeServices.stream().map(s -> Objects.requireNonNull(byCode.get(s.code())))
                .toList();
        Map<String, List<ServiceView>> activeByCategory = active.stream()
                .collect(Collectors.groupingBy(ServiceView::categoryCode, LinkedHashMap::new, Collectors.toList()));
        activeByCategory.replaceAll((code, list) -> List.copyOf(list));
        List<CategoryView> categoryList = categories.findAllByOrderByPosition().stream()
                .filter(c -> activeByCategory.containsKey(c.code()))
                .map(c -> new CategoryView(c.code(), c.name(),
                        activeByCategory.getOrDefault(c.code(), List.of()).size()))
                .toList();
        List<Searchable<ServiceView>> searchable = activeServices.stream()
                .map(s -> new Searchable<>(Objects.requireNonNull(byCode.get(s.code())),
                        Keywords.normalizeAll(Stream.concat(s.keywords().stream(), Stream.of(s.name())).toList())))
                .toList();
        Map<String, String> facts = facts(divisionList);
        List<Searchable<FaqView>> faqList = faq.findByActiveTrueOrderByPosition().stream()
                .filter(e -> e.requires().stream().allMatch(facts::containsKey))
                .map(e -> new Searchable<>(view(e, facts), Keywords.normalizeAll(e.keywords())))
                .toList();
        return new Snapshot(loadingGeneration, System.nanoTime(), categoryList, Map.copyOf(activeByCategory), active,
                all, byCode, divisionList, divisionsByCode, searchable, faqList);
    }

    private static FaqView view(FaqEntry entry, Map<String, String> facts) {
        String answer = entry.answer();
        for (Map.Entry<String, String> fact : facts.entrySet()) {
            answer = answer.replace("{" + fact.getKey() + "}", fact.getValue());
        }
        return new FaqView(entry.code(), entry.question(), answer, entry.verified());
    }

    /** The SAO's configured facts by placeholder name; unset facts are absent. */
    private Map<String, String> facts(List<DivisionView> divisionList) {
        SaoProfile profile = sao.profile();
        Map<String, String> facts = new java.util.HashMap<>();
        facts.put("name", profile.name());
        facts.put("shortName", profile.shortName());
        profile.address().ifPresent(v -> facts.put("address", v));
        profile.phone().ifPresent(v -> facts.put("phone", v));
        profile.email().ifPresent(v -> facts.put("email", v));
        profile.officeHours().ifPresent(v -> facts.put("officeHours", v));
        profile.website().ifPresent(v -> facts.put("website", v));
        profile.lineId().ifPresent(v -> facts.put("lineId", v));
        profile.mapUrl().ifPresent(v -> facts.put("mapUrl", v));
        facts.put("divisions", divisionList.stream()
                .map(d -> "• " + d.name() + ": " + d.duties())
                .collect(Collectors.joining("\n")));
        return facts;
    }
}
