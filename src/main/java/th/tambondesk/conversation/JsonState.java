package th.tambondesk.conversation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A class of the stored conversation state: Jackson fills it from the JSON, or the code field by field right after
 * creating it, so its constructor sets nothing. NullAway takes its fields that are not {@code @Nullable} as set.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@interface JsonState {
}
