package th.tambondesk.integrity;

import java.util.UUID;

/** A report being written. Random, and linked to nobody. */
public record DraftId(UUID value) {

    public static DraftId parse(String text) {
        return new DraftId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
