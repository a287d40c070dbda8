package th.tambondesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every word a page shows comes from the message bundles: a template may hold sample text for designers only inside
 * an element whose content Thymeleaf replaces ({@code th:text}, {@code th:utext}, {@code th:replace} …). A word left
 * outside shows as it is, untranslated and out of the bundles' checks.
 */
class TemplateTextTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern TAG = Pattern.compile(
            "<(/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>|<!--.*?-->|<!DOCTYPE[^>]*>",
            Pattern.DOTALL);
    private static final Pattern REPLACING = Pattern.compile(
            "\\sth:(text|utext|replace|insert|remove|each)\\s*=|\\sth:if=\"\\$\\{false\\}\"");
    private static final Pattern WORDS = Pattern.compile("[\\p{IsThai}A-Za-z]{2,}");
    private static final List<String> VOID = List.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "source", "track", "wbr");

    @Test
    void templatesShowNoWordsOfTheirOwn() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                literalText(Files.readString(file)).forEach(text -> found.add(TEMPLATES.relativize(file) + ": " + text));
            }
        }
        assertThat(found).as("text outside the message bundles").isEmpty();
    }

    @Test
    void theCheckFindsAWordLeftInAPage() {
        assertThat(literalText("<p th:text=\"#{a}\">ตัวอย่าง</p><p>ส่งเรื่อง</p><script src=\"x\"></script>"))
                .containsExactly("ส่งเรื่อง");
        assertThat(literalText("<td th:replace=\"~{x}\"><b>ตัวอย่าง</b></td> · <span>42</span>")).isEmpty();
        assertThat(literalText("<p th:if=\"${n > 5}\" th:text=\"#{a}\">ตัวอย่าง</p>")).isEmpty();
    }

    /** The text nodes with words that no enclosing element replaces. */
    static List<String> literalText(String html) {
        List<String> found = new ArrayList<>();
        Deque<Boolean> replaced = new ArrayDeque<>();
        Deque<String> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(html);
        int at = 0;
        while (tag.find()) {
            check(html.substring(at, tag.start()), replaced, found);
            at = tag.end();
            if (tag.group(2) == null) {
                continue; // a comment
            }
            String name = tag.group(2).toLowerCase();
            if (!tag.group(1).isEmpty()) {
                while (!open.isEmpty()) {
                    replaced.pop();
                    if (open.pop().equals(name)) {
                        break;
                    }
                }
            } else if (tag.group(4).isEmpty() && !VOID.contains(name)) {
                boolean inside = !replaced.isEmpty() && replaced.peek();
                replaced.push(inside || REPLACING.matcher(" " + tag.group(3)).find()
                        || name.equals("script") || name.equals("style"));
                open.push(name);
            }
        }
        check(html.substring(at), replaced, found);
        return found;
    }

    private static void check(String text, Deque<Boolean> replaced, List<String> found) {
        String trimmed = text.strip();
        boolean shown = replaced.isEmpty() || !replaced.peek();
        // [[${...}]] is an expression, not a word.
        if (shown && WORDS.matcher(trimmed.replaceAll("\\[\\[.*?]]", "")).find()) {
            found.add(trimmed);
        }
    }
}
