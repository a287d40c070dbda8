package th.tambondesk.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Answers to the questions residents ask (ITA O6), filled in from the SAO's configuration. An answer that needs a
 * fact the SAO has not configured is not offered at all, rather than shown empty or guessed.
 */
@Service
public class Faq {

    private final CatalogSnapshots snapshots;

    Faq(CatalogSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    /** A question found in a text, with the length of the keyword that matched. */
    public record Match(FaqView faq, int score) {
    }

    public List<FaqView> available() {
        return snapshots.get().faq().stream().map(CatalogSnapshots.Searchable::item).toList();
    }

    public Optional<FaqView> get(String code) {
        return available().stream().filter(f -> f.code().equals(code)).findFirst();
    }

    public Optional<Match> match(String text) {
        return CatalogSnapshots.Searchable.best(text, snapshots.get().faq())
                .map(found -> new Match(found.item(), found.score()));
    }
}
