package vn.gov.moj.thidua.common.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * Every CSV export: UTF-8 text starting with a byte-order mark (so spreadsheet programs read Vietnamese), comma
 * separated, quoting and escaping by Apache Commons CSV, and every text cell passed through {@link FormulaGuard}.
 * Numbers are written as plain digits (a {@link BigDecimal} never in E-notation) and are never altered.
 */
public final class CsvWriter {

    public static final String CRLF = "\r\n";
    public static final String LF = "\n";

    private static final CSVFormat MINIMAL = CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.MINIMAL).get();
    private static final CSVFormat ALWAYS = CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.ALL).get();

    private final StringBuilder out = new StringBuilder("\uFEFF");
    private final String recordSeparator;
    private boolean newRecord = true;

    /** @param recordSeparator {@link #CRLF} or {@link #LF}, as the export always had */
    public CsvWriter(String recordSeparator) {
        this.recordSeparator = recordSeparator;
    }

    /** A cell quoted only when its content needs it (separator, quote, line break); {@code null} is empty. */
    public CsvWriter cell(Object value) {
        return print(MINIMAL, text(value));
    }

    /** A text cell always in quotes; {@code null} is an empty quoted cell. */
    public CsvWriter quoted(Object value) {
        String text = text(value);
        return print(ALWAYS, text == null ? "" : text);
    }

    /** Cells as by {@link #cell(Object)}. */
    public CsvWriter cells(Object... values) {
        for (Object value : values) {
            cell(value);
        }
        return this;
    }

    /** Ends the row; on an empty row, writes a blank line. */
    public CsvWriter endRow() {
        out.append(recordSeparator);
        newRecord = true;
        return this;
    }

    /** The CSV so far, with its byte-order mark. */
    @Override
    public String toString() {
        return out.toString();
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return FormulaGuard.neutralise(value.toString());
    }

    private CsvWriter print(CSVFormat format, String text) {
        try {
            if (text == null) {
                out.append(newRecord ? "" : String.valueOf(format.getDelimiterString())); // an empty cell, unquoted
            } else {
                format.print(text, out, newRecord);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        newRecord = false;
        return this;
    }
}
