package vn.gov.moj.thidua.common.export;

import java.util.regex.Pattern;

/**
 * Keeps exported text from running as a spreadsheet formula (CSV/formula injection, OWASP): a leading {@code =},
 * {@code +}, {@code -}, {@code @} (also after spaces, and their full-width forms {@code ＝ ＋ － ＠} that some programs
 * fold), tab or carriage return — at the start of the cell or of any line inside it — gets a {@code '} in front, so
 * the program shows the text instead of evaluating it; a cell starting with a line break gets one too. Every CSV
 * ({@link CsvWriter}) and workbook export passes its text cells through here.
 */
public final class FormulaGuard {

    /** Start of the text or of a line within it, before a character that starts a formula; or a leading line break. */
    private static final Pattern FORMULA_START = Pattern.compile(
            "(?m)^(?=[\\t\\r]|[ \\u00A0\\u3000]*[=+\\-@\\uFF1D\\uFF0B\\uFF0D\\uFF20])|\\A(?=\\n)");

    private FormulaGuard() {
    }

    /** The text with a {@code '} before every formula start; {@code null} stays {@code null}. */
    public static String neutralise(String text) {
        return text == null ? null : FORMULA_START.matcher(text).replaceAll("'");
    }
}
