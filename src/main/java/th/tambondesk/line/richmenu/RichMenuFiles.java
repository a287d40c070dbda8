package th.tambondesk.line.richmenu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.jackson.ModelObjectMapper;
import com.linecorp.bot.messaging.model.RichMenuRequest;

/**
 * The rich menu as it lives in the repository ({@code richmenu/}): {@code richmenu.json}, LINE's rich menu object;
 * {@code image.json}, how each area is drawn; {@code richmenu.png}, the image drawn from them.
 */
record RichMenuFiles(Path dir, byte[] definitionBytes, JsonNode definition, Style style, byte @Nullable [] image) {

    static final ObjectMapper JSON = ModelObjectMapper.createNewObjectMapper();
    public static final String DEFINITION = "richmenu.json";
    public static final String STYLE = "image.json";
    public static final String IMAGE = "richmenu.png";

    /** How the image is drawn: colours, and one tile per area (label lines and an icon). */
    public record Style(String background, String tile, String ink, List<Tile> tiles) {
    }

    public record Tile(List<String> label, String icon, String color) {
    }

    public static RichMenuFiles load(Path dir) {
        try {
            byte[] definition = Files.readAllBytes(dir.resolve(DEFINITION));
            JsonNode style = JSON.readTree(dir.resolve(STYLE).toFile());
            Path image = dir.resolve(IMAGE);
            return new RichMenuFiles(dir, definition, JSON.readTree(definition),
                    JSON.treeToValue(style, StyleFile.class).style(),
                    Files.exists(image) ? Files.readAllBytes(image) : null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rich menu in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The definition as the SDK sends it. */
    public RichMenuRequest request() {
        try {
            return JSON.treeToValue(definition, RichMenuRequest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same definition under the name it is deployed with: its name and a hash of definition and image. */
    public RichMenuRequest deployRequest() {
        RichMenuRequest request = request();
        return new RichMenuRequest(request.size(), request.selected(), deployName(), request.chatBarText(),
                request.areas());
    }

    /** "tambondesk 3f2a9c01b7de": a changed label or image makes a new menu; the same files find the old one. */
    public String deployName() {
        return baseName() + " " + contentHash();
    }

    public String baseName() {
        return definition.path("name").asText("tambondesk");
    }

    String contentHash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(definitionBytes);
            if (image != null) {
                sha.update(image);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** image.json also carries a comment for whoever edits it. */
    private record StyleFile(String comment, String background, String tile, String ink, List<Tile> tiles) {
        Style style() {
            return new Style(background, tile, ink, tiles == null ? List.of() : tiles);
        }
    }
}
