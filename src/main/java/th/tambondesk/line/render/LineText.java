package th.tambondesk.line.render;

/** Fits text into LINE's limits, which count UTF-16 code units. */
final class LineText {

    private static final String ELLIPSIS = "…";

    private LineText() {
    }

    /**
     * Shortens {@code text} to at most {@code max} UTF-16 units, ending in "…" when cut. Never splits a surrogate
     * pair and never leaves a Thai vowel or tone mark without its consonant.
     */
    static String fit(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        int end = max - ELLIPSIS.length();
        while (end > 0 && (Character.isLowSurrogate(text.charAt(end)) || isMark(text.charAt(end)))) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
