package th.tambondesk.catalog;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Finds catalogue keywords in what a resident typed. Thai is written without spaces between words, so a keyword
 * counts when it appears anywhere in the text; the longest keyword found decides.
 */
final class Keywords {

    private Keywords() {
    }

    /** Lower case, NFC, and without spaces, zero-width characters or the repetition mark. */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u200C'
                    || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == 'ๆ' || c == '\u200E'
                    || c == '\u200F') {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The keywords that can be searched for (normalized, at least two characters). */
    static List<String> normalizeAll(List<String> keywords) {
        return keywords.stream().map(Keywords::normalize).filter(k -> k.length() >= 2).distinct().toList();
    }

    /** The length of the longest keyword found in the normalized text, or 0. */
    static int score(String normalizedText, List<String> keywords) {
        return scoreNormalized(normalizedText, normalizeAll(keywords));
    }

    /** As {@link #score}, with keywords already passed through {@link #normalizeAll}. */
    static int scoreNormalized(String normalizedText, List<String> normalizedKeywords) {
        int best = 0;
        for (String k : normalizedKeywords) {
            if (k.length() > best && normalizedText.contains(k)) {
                best = k.length();
            }
        }
        return best;
    }
}
