package th.tambondesk.conversation;

import org.jspecify.annotations.Nullable;

/**
 * What a resident sent, as every channel can express it.
 */
public sealed interface Input {

    /** Typed text. */
    record Text(String text) implements Input {
    }

    /**
     * A tap on a button or quick reply that carries data the dialogue gave it; {@code value} is what the resident
     * picked with it, such as the date of a date picker, or null.
     */
    record Tap(String data, @Nullable String value) implements Input {

        public Tap(String data) {
            this(data, null);
        }
    }

    /** A shared place. Title and address may be empty. */
    record Location(double latitude, double longitude, String title, String address) implements Input {
    }

    /**
     * A photo. The channel has already fetched its bytes; {@code problem} says why it could not, if it could not.
     */
    record Photo(byte[] bytes, String contentType, @Nullable PhotoProblem problem) implements Input {

        public static Photo of(byte[] bytes, String contentType) {
            return new Photo(bytes, contentType, null);
        }

        public static Photo failed(PhotoProblem problem) {
            return new Photo(new byte[0], "", problem);
        }
    }

    /** The resident added the SAO's account as a friend (or unblocked it). */
    record Followed(boolean unblocked) implements Input {
    }

    /** The resident blocked the SAO's account. Nothing can be sent back. */
    record Unfollowed() implements Input {
    }

    /** Something the dialogue cannot use, such as a sticker, a voice message or a group chat. */
    record Unsupported(Kind kind) implements Input {
    }

    enum PhotoProblem {
        UNREADABLE,
        TOO_LARGE,
        NOT_AN_IMAGE
    }

    enum Kind {
        STICKER,
        AUDIO,
        VIDEO,
        FILE,
        UNKNOWN_MESSAGE,
        GROUP_CHAT,
        /** An event that needs no answer, such as an unsend or a membership change. */
        SILENT_EVENT
    }
}
