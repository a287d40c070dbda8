package th.tambondesk.line.render;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * LINE's limits that its OpenAPI schema does not carry (text lengths in UTF-16 units, altText, labels, Flex sizes).
 * Checked on every message before it is sent, and by the tests on every request the LINE stub receives.
 */
public final class LineMessageLimits {

    static final int MAX_MESSAGES = 5;
    static final int MAX_TEXT = 5000;
    static final int MAX_ALT_TEXT = 1500;
    static final int MAX_QUICK_REPLIES = 13;
    static final int MAX_QUICK_REPLY_LABEL = 20;
    static final int MAX_BUTTON_LABEL = 40;
    static final int MAX_POSTBACK_DATA = 300;
    static final int MAX_DISPLAY_TEXT = 300;
    static final int MAX_URI = 1000;
    static final int MAX_BUBBLES = 12;
    static final int MAX_BUBBLE_BYTES = 30_000;
    static final int MAX_CAROUSEL_BYTES = 50_000;

    private LineMessageLimits() {
    }

    /** Everything wrong with a {@code messages} array; empty when LINE will accept it. */
    public static List<String> violations(JsonNode messages) {
        List<String> problems = new ArrayList<>();
        if (messages == null || !messages.isArray() || messages.isEmpty() || messages.size() > MAX_MESSAGES) {
            problems.add("1 to 5 messages expected, got " + (messages == null ? 0 : messages.size()));
            return problems;
        }
        for (int i = 0; i < messages.size(); i++) {
            message(messages.get(i), "messages[" + i + "]", problems);
        }
        return problems;
    }

    private static void message(JsonNode message, String at, List<String> problems) {
        String type = message.path("type").asText();
        switch (type) {
            case "text" -> max(message.path("text"), MAX_TEXT, at + ".text", problems);
            case "flex" -> {
                max(message.path("altText"), MAX_ALT_TEXT, at + ".altText", problems);
                flex(message.path("contents"), at + ".contents", problems);
            }
            case "image" -> {
                uri(message.path("originalContentUrl"), at + ".originalContentUrl", problems, true);
                uri(message.path("previewImageUrl"), at + ".previewImageUrl", problems, true);
            }
            default -> problems.add(at + ": message type '" + type + "' is not one this app sends");
        }
        JsonNode items = message.path("quickReply").path("items");
        if (items.size() > MAX_QUICK_REPLIES) {
            problems.add(at + ".quickReply: " + items.size() + " items, at most " + MAX_QUICK_REPLIES);
        }
        for (int i = 0; i < items.size(); i++) {
            action(items.get(i).path("action"), MAX_QUICK_REPLY_LABEL, at + ".quickReply.items[" + i + "]", problems);
        }
    }

    private static void flex(JsonNode contents, String at, List<String> problems) {
        String type = contents.path("type").asText();
        long bytes = LineJson.utf8Length(contents);
        if ("carousel".equals(type)) {
            JsonNode bubbles = contents.path("contents");
            if (bubbles.isEmpty() || bubbles.size() > MAX_BUBBLES) {
                problems.add(at + ": carousel of " + bubbles.size() + " bubbles, 1 to " + MAX_BUBBLES + " allowed");
            }
            if (bytes > MAX_CAROUSEL_BYTES) {
                problems.add(at + ": carousel is " + bytes + " bytes, at most " + MAX_CAROUSEL_BYTES);
            }
            for (int i = 0; i < bubbles.size(); i++) {
                flex(bubbles.get(i), at + ".contents[" + i + "]", problems);
            }
        } else if ("bubble".equals(type)) {
            if (bytes > MAX_BUBBLE_BYTES) {
                problems.add(at + ": bubble is " + bytes + " bytes, at most " + MAX_BUBBLE_BYTES);
            }
            components(contents, at, problems);
        } else {
            problems.add(at + ": Flex container type '" + type + "'");
        }
    }

    /** Walks a Flex tree and checks the actions of buttons and tappable boxes. */
    private static void components(JsonNode node, String at, List<String> problems) {
        if (node.has("action") && node.get("action").isObject()) {
            action(node.get("action"), MAX_BUTTON_LABEL, at + ".action", problems);
        }
        if ("text".equals(node.path("type").asText()) && node.path("text").asText().isEmpty()
                && !node.has("contents")) {
            problems.add(at + ": a Flex text must not be empty");
        }
        for (String part : List.of("header", "hero", "body", "footer")) {
            if (node.has(part)) {
                components(node.get(part), at + "." + part, problems);
            }
        }
        JsonNode children = node.path("contents");
        if (children.isArray()) {
            for (int i = 0; i < children.size(); i++) {
                components(children.get(i), at + ".contents[" + i + "]", problems);
            }
        }
    }

    private static void action(JsonNode action, int maxLabel, String at, List<String> problems) {
        max(action.path("label"), maxLabel, at + ".label", problems);
        String type = action.path("type").asText();
        switch (type) {
            case "postback" -> {
                if (action.path("data").asText().isEmpty()) {
                    problems.add(at + ".data is empty");
                }
                max(action.path("data"), MAX_POSTBACK_DATA, at + ".data", problems);
                max(action.path("displayText"), MAX_DISPLAY_TEXT, at + ".displayText", problems);
            }
            case "message" -> max(action.path("text"), MAX_TEXT, at + ".text", problems);
            case "uri" -> uri(action.path("uri"), at + ".uri", problems, false);
            case "location", "camera", "cameraRoll", "datetimepicker" -> {
                if (!at.contains("quickReply") && !"datetimepicker".equals(type)) {
                    problems.add(at + ": a " + type + " action works only in a quick reply");
                }
            }
            default -> problems.add(at + ": action type '" + type + "'");
        }
    }

    private static void uri(JsonNode node, String at, List<String> problems, boolean httpsOnly) {
        String uri = node.asText("");
        if (uri.isEmpty() || uri.length() > MAX_URI) {
            problems.add(at + ": URI must have 1 to " + MAX_URI + " characters");
        } else if (httpsOnly ? !uri.startsWith("https://")
                : !(uri.startsWith("https://") || uri.startsWith("http://") || uri.startsWith("tel:")
                || uri.startsWith("line://"))) {
            problems.add(at + ": URI scheme not allowed: " + uri);
        }
    }

    private static void max(JsonNode node, int max, String at, List<String> problems) {
        if (!node.isMissingNode() && !node.isNull() && node.asText().length() > max) {
            problems.add(at + ": " + node.asText().length() + " UTF-16 units, at most " + max);
        }
    }
}
