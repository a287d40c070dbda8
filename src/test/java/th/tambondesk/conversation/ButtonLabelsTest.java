package th.tambondesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.tambondesk.integrity.IntegrityCategory;

/**
 * Every button label the chat takes from the message bundles fits LINE's 20 characters, in both languages, and so do
 * the rich menu's. (Catalogue labels are checked by the catalogue itself; every label a conversation test meets is
 * checked by {@link DialogueTester}.)
 */
class ButtonLabelsTest {

    /** A Choice made from a bundle key ({@code Choice.tap(texts.get("key") …}), or the Router's offer of two. */
    private static final Pattern CHOICE = Pattern.compile("(?:Choice\\.tap|new Choice|offer)\\(");
    private static final Pattern KEY = Pattern.compile("\"((?:conversation|integrity)\\.[a-z0-9.\\-]+)\"");

    @Test
    void everyLabelKeyTheConversationUsesFits() throws IOException {
        TreeSet<String> keys = labelKeys();
        for (IntegrityCategory category : IntegrityCategory.values()) {
            keys.add(category.buttonKey());
        }
        // Keys numbered in code: the scan sees their common prefix.
        keys.remove("conversation.withdraw.reason.");
        for (int n = 1; n <= FollowThrough.REASONS; n++) {
            keys.add("conversation.withdraw.reason." + n);
        }
        assertThat(keys).as("the scan finds the labels").contains("conversation.menu.contact",
                "conversation.integrity.named", "conversation.form.pick-date", "integrity.button.conflict-of-interest");
        for (String bundle : List.of("", "_en")) {
            Properties texts = new Properties();
            texts.putAll(bundle("conversation" + bundle));
            texts.putAll(bundle("integrity" + bundle));
            List<String> tooLong = new ArrayList<>();
            for (String key : keys) {
                String label = texts.getProperty(key);
                assertThat(label).as("%s in bundle '%s'", key, bundle).isNotNull();
                String shown = label.replace("{0}", "5").replace("{1}", "12");
                if (shown.length() > DialogueTester.LABEL_LIMIT) {
                    tooLong.add(key + "=" + shown + " (" + shown.length() + ")");
                }
            }
            assertThat(tooLong).as("labels over 20 characters in bundle '%s'", bundle).isEmpty();
        }
    }

    @Test
    void theRichMenuLabelsFit() throws IOException {
        JsonNode menu = new ObjectMapper().readTree(Path.of("richmenu/richmenu.json").toFile());
        List<String> labels = menu.findValuesAsText("label");
        assertThat(labels).isNotEmpty().allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(20));
    }

    private static TreeSet<String> labelKeys() throws IOException {
        TreeSet<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher choice = CHOICE.matcher(source);
                while (choice.find()) {
                    Matcher key = KEY.matcher(arguments(source, choice.end()));
                    while (key.find()) {
                        keys.add(key.group(1));
                    }
                }
            }
        }
        return keys;
    }

    /** The arguments of the call that opens at {@code from}: a Choice's data never names a bundle key. */
    private static String arguments(String source, int from) {
        int depth = 0;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    return source.substring(from, i);
                }
                depth--;
            }
        }
        return source.substring(from);
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ButtonLabelsTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
