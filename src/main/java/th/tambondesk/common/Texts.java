package th.tambondesk.common;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Looks up the Thai texts that residents and staff read. All such text lives in the message bundles
 * ({@code i18n/*.properties}), never in code, so an SAO can change wording without a build.
 */
@Component
public class Texts {

    /** The language residents and staff read. The default bundles are Thai. */
    public static final Locale THAI = Locale.forLanguageTag("th");

    private final MessageSource messages;

    public Texts(MessageSource messages) {
        this.messages = messages;
    }

    public String get(String key, @Nullable Object... args) {
        return messages.getMessage(key, args, THAI);
    }
}
