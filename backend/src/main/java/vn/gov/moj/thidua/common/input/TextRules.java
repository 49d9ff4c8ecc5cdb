package vn.gov.moj.thidua.common.input;

import java.text.Normalizer;

/**
 * What text the system accepts, as pure rules (no Quarkus). PostgreSQL refuses the NUL character outright and the
 * other control characters have no business in a form field; names and titles are also kept free of characters a
 * reader cannot see (zero-width) or that reorder what they see (bidirectional overrides, the "Trojan Source" trick,
 * CVE-2021-42574), so two names that look the same are the same.
 */
public final class TextRules {

    private TextRules() {
    }

    /**
     * The first code point no text field may hold, or -1: C0 controls except tab, line feed and carriage return
     * (multi-line text such as comments and descriptions is legitimate), DEL, the C1 controls, and a lone surrogate.
     */
    public static int forbiddenControl(String text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c) || isControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return c;
            }
        }
        return -1;
    }

    /** The text without the characters {@link #forbiddenControl} refuses (for spreadsheet cells read in bulk). */
    public static String withoutControls(String text) {
        if (text == null || forbiddenControl(text) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (!(Character.isSurrogate(c) || isControl(c) && c != '\t' && c != '\n' && c != '\r')) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Unicode canonical composition (NFC): "Nguyễn" typed decomposed on one machine equals "Nguyễn" typed on another. */
    public static String nfc(String text) {
        return text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * The first code point a name or title may not hold, or -1: any control character (a name is one line), the
     * bidirectional marks, embeddings, overrides and isolates (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069)
     * and the zero-width characters (U+200B–U+200D, U+2060, U+FEFF, U+180E).
     */
    public static int forbiddenInName(String text) {
        if (text == null) {
            return -1;
        }
        int control = forbiddenControl(text);
        if (control >= 0) {
            return control;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || isInvisible(c)) {
                return c;
            }
        }
        return -1;
    }

    /** Whether nothing visible is left once white space (including no-break and ideographic spaces) and invisible characters are trimmed. */
    public static boolean blankName(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || isInvisible(c) || isControl(c))) {
                return false;
            }
        }
        return true;
    }

    /** U+0000 written as "U+0000", for messages. */
    public static String codePoint(int c) {
        return String.format("U+%04X", c);
    }

    static boolean isInvisible(char c) {
        return c >= '\u200B' && c <= '\u200F' || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069'
                || c == '\u2060' || c == '\uFEFF' || c == '\u061C' || c == '\u180E';
    }

    private static boolean isControl(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F;
    }
}
