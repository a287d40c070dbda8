package th.tambondesk.conversation;

import java.net.URI;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** A button or quick reply: what it says and what a tap does. */
public record Choice(String label, Choice.Action action) {

    public static Choice tap(String label, String data) {
        return new Choice(label, new Tap(data, label));
    }

    static Choice tap(String label, Postback postback) {
        return tap(label, postback.data());
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Tap.class, name = "tap"),
            @JsonSubTypes.Type(value = Say.class, name = "say"),
            @JsonSubTypes.Type(value = Link.class, name = "link"),
            @JsonSubTypes.Type(value = ShareLocation.class, name = "location"),
            @JsonSubTypes.Type(value = TakePhoto.class, name = "camera"),
            @JsonSubTypes.Type(value = PickPhoto.class, name = "photos"),
            @JsonSubTypes.Type(value = PickDate.class, name = "date")})
    public sealed interface Action {
    }

    /** Sends {@code data} back to the dialogue; the chat shows {@code echo} as what the resident said. */
    public record Tap(String data, String echo) implements Action {
    }

    /** Sends {@code text} as if the resident typed it. */
    public record Say(String text) implements Action {
    }

    /** Opens a web page. */
    public record Link(URI uri) implements Action {
    }

    /** Asks the resident's device for a place. */
    public record ShareLocation() implements Action {
    }

    /** Opens the camera. */
    public record TakePhoto() implements Action {
    }

    /** Opens the photo gallery. */
    public record PickPhoto() implements Action {
    }

    /**
     * Opens a date picker; the picked date (ISO, yyyy-MM-dd) comes back as the value of a {@code Tap(data)}.
     * {@code min} and {@code max}, when set, bound the days it offers.
     */
    public record PickDate(String data, @Nullable LocalDate min, @Nullable LocalDate max) implements Action {
    }
}
