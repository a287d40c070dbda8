package th.tambondesk.qr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.jspecify.annotations.Nullable;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes as PNG and SVG: error correction M (survives a smudged or creased poster), a quiet zone of four modules,
 * UTF-8 content.
 */
final class QrImages {

    static final int QUIET_ZONE = 4;

    private QrImages() {
    }

    /** Contents drawn lately: checking a code takes a few milliseconds, and public pages show the same ones. */
    private static final Map<String, BitMatrix> RECENT = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, BitMatrix> eldest) {
                    return size() > 256;
                }
            });

    /** Module sizes, in pixels, at which a code must read back: small ones and large ones fail differently. */
    private static final int[] CHECKED_SCALES = {3, 5, 8};

    /**
     * The code's modules. About 1 content in 100 comes out, in the mask ZXing's writer picks, as a code that ZXing's
     * own reader cannot find at some sizes, and some phone scanners share its detector: such a code is made again
     * with the other masks until one reads back at every checked size. Never changed by callers.
     */
    static BitMatrix matrix(String content) {
        BitMatrix known = RECENT.get(content);
        if (known != null) {
            return known;
        }
        BitMatrix chosen = encode(content, null);
        for (int mask = 0; mask < 8 && !readsBack(chosen, content); mask++) {
            chosen = encode(content, mask);
        }
        RECENT.put(content, chosen);
        return chosen;
    }

    private static BitMatrix encode(String content, @Nullable Integer mask) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, QUIET_ZONE);
        hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
        if (mask != null) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
        }
        try {
            return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as a QR code: " + e.getMessage(), e);
        }
    }

    private static boolean readsBack(BitMatrix modules, String content) {
        for (int scale : CHECKED_SCALES) {
            BufferedImage image = MatrixToImageWriter.toBufferedImage(scale(modules, scale));
            try {
                Result read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                        new BufferedImageLuminanceSource(image))), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
                if (!content.equals(read.getText())) {
                    return false;
                }
            } catch (ReaderException e) {
                return false;
            }
        }
        return true;
    }

    private static BitMatrix scale(BitMatrix modules, int scale) {
        BitMatrix scaled = new BitMatrix(modules.getWidth() * scale, modules.getHeight() * scale);
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                if (modules.get(x, y)) {
                    scaled.setRegion(x * scale, y * scale, scale, scale);
                }
            }
        }
        return scaled;
    }

    /** A PNG at least {@code minSize} pixels wide, with whole pixels per module so every edge stays sharp. */
    static byte[] png(String content, int minSize) {
        BitMatrix modules = matrix(content);
        int scale = Math.max(1, (int) Math.ceil((double) minSize / modules.getWidth()));
        BufferedImage image = MatrixToImageWriter.toBufferedImage(scale(modules, scale));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An SVG with one path, scalable to any print size. */
    static String svg(String content) {
        BitMatrix modules = matrix(content);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                if (modules.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + modules.getWidth() + " "
                + modules.getHeight() + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" "
                + "fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
