package th.tambondesk.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers to the questions residents ask (ITA O6), filled in from the SAO's configuration. An answer that needs a
 * fact the SAO has not configured is not offered at all, rather than shown empty or guessed.
 */
@Service
@Transactional(readOnly = true)
public class Faq {

    private final FaqEntries entries;
    private final Sao sao;
    private final Catalog catalog;

    Faq(FaqEntries entries, Sao sao, Catalog catalog) {
        this.entries = entries;
        this.sao = sao;
        this.catalog = catalog;
    }

    /** A question found in a text, with the length of the keyword that matched. */
    public record Match(FaqView faq, int score) {
    }

    public List<FaqView> available() {
        Map<String, String> facts = facts();
        return entries.findByActiveTrueOrderByPosition().stream()
                .filter(e -> e.requires().stream().allMatch(facts::containsKey))
                .map(e -> view(e, facts))
                .toList();
    }

    public Optional<FaqView> get(String code) {
        return available().stream().filter(f -> f.code().equals(code)).findFirst();
    }

    public Optional<Match> match(String text) {
        String normalized = Keywords.normalize(text);
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> facts = facts();
        return entries.findByActiveTrueOrderByPosition().stream()
                .filter(e -> e.requires().stream().allMatch(facts::containsKey))
                .map(e -> new Match(view(e, facts), Keywords.score(normalized, e.keywords())))
                .filter(m -> m.score() > 0)
                .max(Comparator.comparingInt(Match::score));
    }

    private static FaqView view(FaqEntry entry, Map<String, String> facts) {
        String answer = entry.answer();
        for (Map.Entry<String, String> fact : facts.entrySet()) {
            answer = answer.replace("{" + fact.getKey() + "}", fact.getValue());
        }
        return new FaqView(entry.code(), entry.question(), answer);
    }

    /** The SAO's configured facts by placeholder name; unset facts are absent. */
    private Map<String, String> facts() {
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
        facts.put("divisions", catalog.divisions().stream()
                .map(d -> "• " + d.name() + ": " + d.duties())
                .collect(Collectors.joining("\n")));
        return facts;
    }
}
