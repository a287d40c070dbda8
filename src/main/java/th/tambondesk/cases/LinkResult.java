package th.tambondesk.cases;

import org.jspecify.annotations.Nullable;

/** What typing a walk-in receipt's link code did: linked the case, found no such code, or was refused for now. */
public record LinkResult(Outcome outcome, @Nullable CaseView linked) {

    public enum Outcome {
        LINKED, UNKNOWN, TOO_MANY_TRIES
    }

    static LinkResult linked(CaseView view) {
        return new LinkResult(Outcome.LINKED, view);
    }

    static final LinkResult UNKNOWN = new LinkResult(Outcome.UNKNOWN, null);
    static final LinkResult TOO_MANY_TRIES = new LinkResult(Outcome.TOO_MANY_TRIES, null);
}
