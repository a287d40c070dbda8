package th.tambondesk.line.richmenu;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * LINE's rules for a rich menu that its schema does not state (developers.line.biz, rich menu object and image
 * requirements), checked before anything is sent: sizes, areas inside the image and not overlapping, text lengths,
 * and the image's format, size and weight.
 */
final class RichMenuRules {

    public static final int MAX_IMAGE_BYTES = 1_000_000;
    static final Set<String> ICONS = Set.of("services", "complaint", "cases", "integrity", "contact", "website");
    private static final Set<String> URI_SCHEMES = Set.of("http", "https", "line", "tel");

    private RichMenuRules() {
    }

    /** Everything wrong with the files, in words; empty when they can be deployed. */
    public static List<String> check(RichMenuFiles files) {
        List<String> problems = new ArrayList<>(definition(files.definition()));
        problems.addAll(style(files));
        if (files.image() == null) {
            problems.add(RichMenuFiles.IMAGE + " is missing: run bin/richmenu image");
        } else {
            problems.addAll(image(files.image(), files.definition()));
        }
        return problems;
    }

    static List<String> definition(JsonNode menu) {
        List<String> problems = new ArrayList<>();
        long width = menu.path("size").path("width").asLong();
        long height = menu.path("size").path("height").asLong();
        if (width < 800 || width > 2500 || height < 250 || (double) width / height < 1.45) {
            problems.add("size " + width + "x" + height + ": LINE wants a width of 800-2500, a height of at least 250"
                    + " and a width at least 1.45 times the height");
        }
        length(problems, "name", menu.path("name").asText(""), 1, 300);
        length(problems, "chatBarText", menu.path("chatBarText").asText(""), 1, 14);
        if (!menu.path("selected").isBoolean()) {
            problems.add("selected must be true or false");
        }
        JsonNode areas = menu.path("areas");
        if (!areas.isArray() || areas.isEmpty() || areas.size() > 20) {
            problems.add("areas: 1 to 20, not " + areas.size());
            return problems;
        }
        for (int i = 0; i < areas.size(); i++) {
            JsonNode bounds = areas.get(i).path("bounds");
            long x = bounds.path("x").asLong(-1);
            long y = bounds.path("y").asLong(-1);
            long w = bounds.path("width").asLong(0);
            long h = bounds.path("height").asLong(0);
            if (x < 0 || y < 0 || w <= 0 || h <= 0 || x + w > width || y + h > height) {
                problems.add("area " + (i + 1) + " is not inside the " + width + "x" + height + " image");
            }
            for (int j = 0; j < i; j++) {
                JsonNode other = areas.get(j).path("bounds");
                if (x < other.path("x").asLong() + other.path("width").asLong() && other.path("x").asLong() < x + w
                        && y < other.path("y").asLong() + other.path("height").asLong()
                        && other.path("y").asLong() < y + h) {
                    problems.add("areas " + (j + 1) + " and " + (i + 1) + " overlap");
                }
            }
            action(problems, "area " + (i + 1), areas.get(i).path("action"));
        }
        return problems;
    }

    private static void action(List<String> problems, String where, JsonNode action) {
        if (action.has("label")) {
            length(problems, where + " label", action.path("label").asText(), 1, 20);
        }
        switch (action.path("type").asText("")) {
            case "message" -> length(problems, where + " text", action.path("text").asText(""), 1, 300);
            case "postback" -> {
                length(problems, where + " data", action.path("data").asText(""), 1, 300);
                if (action.has("displayText")) {
                    length(problems, where + " displayText", action.path("displayText").asText(), 1, 300);
                }
            }
            case "uri" -> {
                String uri = action.path("uri").asText("");
                length(problems, where + " uri", uri, 1, 1000);
                try {
                    String scheme = URI.create(uri).getScheme();
                    if (scheme == null || !URI_SCHEMES.contains(scheme)) {
                        problems.add(where + " uri must be http, https, line or tel: " + uri);
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(where + " uri is not a URI: " + uri);
                }
            }
            default -> problems.add(where + " has an action type this menu does not use: "
                    + action.path("type").asText("(none)"));
        }
    }

    static List<String> style(RichMenuFiles files) {
        List<String> problems = new ArrayList<>();
        RichMenuFiles.Style style = files.style();
        if (style.tiles().size() != files.definition().path("areas").size()) {
            problems.add(RichMenuFiles.STYLE + " has " + style.tiles().size() + " tiles for "
                    + files.definition().path("areas").size() + " areas");
        }
        for (int i = 0; i < style.tiles().size(); i++) {
            RichMenuFiles.Tile tile = style.tiles().get(i);
            if (tile.label() == null || tile.label().isEmpty() || tile.label().stream().anyMatch(String::isBlank)) {
                problems.add("tile " + (i + 1) + " needs a label");
            }
            if (!ICONS.contains(tile.icon())) {
                problems.add("tile " + (i + 1) + " icon must be one of " + ICONS);
            }
        }
        return problems;
    }

    static List<String> image(byte[] bytes, JsonNode menu) {
        List<String> problems = new ArrayList<>();
        boolean png = bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N';
        boolean jpeg = bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
        if (!png && !jpeg) {
            problems.add(RichMenuFiles.IMAGE + " is neither PNG nor JPEG");
            return problems;
        }
        if (bytes.length > MAX_IMAGE_BYTES) {
            problems.add(RichMenuFiles.IMAGE + " is " + bytes.length + " bytes; LINE takes at most 1 MB");
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            long width = menu.path("size").path("width").asLong();
            long height = menu.path("size").path("height").asLong();
            if (image == null || image.getWidth() != width || image.getHeight() != height) {
                problems.add(RichMenuFiles.IMAGE + " must be " + width + "x" + height
                        + (image == null ? "" : ", not " + image.getWidth() + "x" + image.getHeight()));
            }
        } catch (IOException e) {
            problems.add(RichMenuFiles.IMAGE + " cannot be read: " + e.getMessage());
        }
        return problems;
    }

    private static void length(List<String> problems, String what, String value, int min, int max) {
        int length = value.codePointCount(0, value.length());
        if (length < min || length > max) {
            problems.add(what + ": " + min + " to " + max + " characters, not " + length + " (\"" + value + "\")");
        }
    }
}
