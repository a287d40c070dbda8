package th.tambondesk.line.richmenu;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Draws the rich menu image from the definition (where each area is) and the style (label, icon, colour of each
 * tile), in Sarabun Bold (bundled, SIL OFL): large labels a resident reads at a glance, a simple icon above each.
 */
final class RichMenuImage {

    static final String FONT = "/static/fonts/Sarabun-Bold.ttf";
    private static final int GAP = 14;

    private RichMenuImage() {
    }

    public static byte[] png(RichMenuFiles files) {
        BufferedImage image = render(files.definition(), files.style());
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BufferedImage render(JsonNode menu, RichMenuFiles.Style style) {
        int width = menu.path("size").path("width").asInt();
        int height = menu.path("size").path("height").asInt();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.decode(style.background()));
        g.fillRect(0, 0, width, height);
        Font font = font();
        JsonNode areas = menu.path("areas");
        for (int i = 0; i < areas.size() && i < style.tiles().size(); i++) {
            JsonNode b = areas.get(i).path("bounds");
            tile(g, font, style, style.tiles().get(i), b.path("x").asInt() + GAP, b.path("y").asInt() + GAP,
                    b.path("width").asInt() - 2 * GAP, b.path("height").asInt() - 2 * GAP);
        }
        g.dispose();
        return image;
    }

    private static void tile(Graphics2D g, Font font, RichMenuFiles.Style style, RichMenuFiles.Tile tile,
                             int x, int y, int w, int h) {
        g.setColor(Color.decode(style.tile()));
        g.fill(new RoundRectangle2D.Double(x, y, w, h, 60, 60));
        Color color = Color.decode(tile.color());
        g.setColor(color);
        g.fillRect(x + 40, y, w - 80, 18);

        int iconSize = Math.min(w, h) * 36 / 100;
        int iconX = x + (w - iconSize) / 2;
        int iconY = y + h * 12 / 100;
        icon(g, tile.icon(), color, iconX, iconY, iconSize);

        List<String> lines = tile.label();
        int maxWidth = w - 80;
        float size = 118f;
        Font sized = font.deriveFont(size);
        while (size > 60 && widest(g, sized, lines) > maxWidth) {
            size -= 4;
            sized = font.deriveFont(size);
        }
        g.setFont(sized);
        g.setColor(Color.decode(style.ink()));
        FontMetrics metrics = g.getFontMetrics();
        int lineHeight = (int) (metrics.getAscent() * 1.12);
        int textTop = iconY + iconSize + h * 8 / 100;
        int free = y + h - textTop - h * 6 / 100;
        int baseline = textTop + (free - lineHeight * lines.size()) / 2 + metrics.getAscent();
        for (String line : lines) {
            g.drawString(line, x + (w - metrics.stringWidth(line)) / 2, baseline);
            baseline += lineHeight;
        }
    }

    private static int widest(Graphics2D g, Font font, List<String> lines) {
        FontMetrics metrics = g.getFontMetrics(font);
        return lines.stream().mapToInt(metrics::stringWidth).max().orElse(0);
    }

    /** Simple line icons in a square box. */
    private static void icon(Graphics2D g, String name, Color color, int x, int y, int s) {
        g.setColor(color);
        g.setStroke(new BasicStroke(s / 14f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double u = s / 12.0;
        switch (name) {
            case "services" -> {
                for (int row = 0; row < 2; row++) {
                    for (int col = 0; col < 2; col++) {
                        g.fill(new RoundRectangle2D.Double(x + u + col * 5.5 * u, y + u + row * 5.5 * u, 4.5 * u,
                                4.5 * u, u * 1.4, u * 1.4));
                    }
                }
            }
            case "complaint" -> {
                Path2D horn = new Path2D.Double();
                horn.moveTo(x + 2 * u, y + 4.5 * u);
                horn.lineTo(x + 5 * u, y + 4.5 * u);
                horn.lineTo(x + 9 * u, y + 1.5 * u);
                horn.lineTo(x + 9 * u, y + 10.5 * u);
                horn.lineTo(x + 5 * u, y + 7.5 * u);
                horn.lineTo(x + 2 * u, y + 7.5 * u);
                horn.closePath();
                g.fill(horn);
                g.draw(new Line2D.Double(x + 4 * u, y + 7.5 * u, x + 5 * u, y + 11 * u));
                g.draw(new Line2D.Double(x + 10.5 * u, y + 4.5 * u, x + 11.5 * u, y + 4 * u));
                g.draw(new Line2D.Double(x + 10.5 * u, y + 7.5 * u, x + 11.5 * u, y + 8 * u));
            }
            case "cases" -> {
                g.draw(new RoundRectangle2D.Double(x + 2 * u, y + u, 8 * u, 10 * u, u, u));
                for (int i = 0; i < 3; i++) {
                    double ly = y + (3.5 + 2.5 * i) * u;
                    g.draw(new Line2D.Double(x + 3.6 * u, ly, x + 4.2 * u, ly));
                    g.draw(new Line2D.Double(x + 5.4 * u, ly, x + 8.4 * u, ly));
                }
            }
            case "integrity" -> {
                Path2D shield = new Path2D.Double();
                shield.moveTo(x + 6 * u, y + u);
                shield.lineTo(x + 10.5 * u, y + 2.6 * u);
                shield.curveTo(x + 10.5 * u, y + 7 * u, x + 8.5 * u, y + 9.8 * u, x + 6 * u, y + 11 * u);
                shield.curveTo(x + 3.5 * u, y + 9.8 * u, x + 1.5 * u, y + 7 * u, x + 1.5 * u, y + 2.6 * u);
                shield.closePath();
                g.draw(shield);
                g.draw(new Line2D.Double(x + 4 * u, y + 6 * u, x + 5.5 * u, y + 7.5 * u));
                g.draw(new Line2D.Double(x + 5.5 * u, y + 7.5 * u, x + 8.2 * u, y + 4.6 * u));
            }
            case "contact" -> {
                Path2D bubble = new Path2D.Double();
                bubble.append(new RoundRectangle2D.Double(x + u, y + 1.5 * u, 10 * u, 7 * u, 2.5 * u, 2.5 * u), false);
                g.draw(bubble);
                Path2D tail = new Path2D.Double();
                tail.moveTo(x + 3.5 * u, y + 8.5 * u);
                tail.lineTo(x + 3 * u, y + 11 * u);
                tail.lineTo(x + 6 * u, y + 8.5 * u);
                g.draw(tail);
                for (int i = 0; i < 3; i++) {
                    g.fill(new Ellipse2D.Double(x + (3.2 + 2.3 * i) * u, y + 4.4 * u, 1.3 * u, 1.3 * u));
                }
            }
            case "website" -> {
                g.draw(new Ellipse2D.Double(x + u, y + u, 10 * u, 10 * u));
                g.draw(new Ellipse2D.Double(x + 3.8 * u, y + u, 4.4 * u, 10 * u));
                g.draw(new Line2D.Double(x + u, y + 6 * u, x + 11 * u, y + 6 * u));
                g.draw(new Line2D.Double(x + 2 * u, y + 3.5 * u, x + 10 * u, y + 3.5 * u));
                g.draw(new Line2D.Double(x + 2 * u, y + 8.5 * u, x + 10 * u, y + 8.5 * u));
            }
            default -> throw new IllegalArgumentException("no icon " + name);
        }
    }

    static Font font() {
        try (InputStream in = RichMenuImage.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("the bundled font " + FONT + " is missing");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("cannot read the bundled font " + FONT, e);
        }
    }
}
