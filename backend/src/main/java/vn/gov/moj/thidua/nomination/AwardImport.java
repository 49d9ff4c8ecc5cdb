package vn.gov.moj.thidua.nomination;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import vn.gov.moj.thidua.common.input.TextRules;
import vn.gov.moj.thidua.common.imports.BoundedWorkbook;
import vn.gov.moj.thidua.common.imports.ImportLimits;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.ApiProblem.FieldText;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.web.UploadedFiles;

/**
 * Reads a history file (CSV or .xlsx) into rows, and checks each row's shape: columns awardType (catalog code),
 * personId or unitId, year, decisionNumber, decisionDate (yyyy-MM-dd or dd/MM/yyyy), decidedBy. Pure: the
 * lookups against the database are done by the caller with the parsed rows.
 */
public final class AwardImport {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final List<String> COLUMNS = List.of("awardType", "personId", "unitId", "year", "decisionNumber", "decisionDate",
            "decidedBy");
    static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    /** One error: the file's row (the header is row 1), the column and what is wrong (a catalogue message). */
    public record RowError(int row, String column, Text message) {
    }

    /** A row whose shape is right. */
    public record Line(int row, String awardType, UUID personId, UUID unitId, int year, String decisionNumber, LocalDate decisionDate,
            String decidedBy) {
    }

    public record Parsed(List<Line> lines, List<RowError> errors) {
    }

    private AwardImport() {
    }

    /**
     * The rows of an uploaded table: .xlsx when the Content-Type says so, otherwise CSV in the charset it names
     * (UTF-8 by default), within the import limits ({@link BoundedWorkbook}, checked before the workbook is parsed).
     * @throws ApiProblem 400 when empty or unreadable, 415 when the content is not what is declared, 413/422 past a limit
     */
    public static List<List<String>> readUpload(String contentType, byte[] body, ImportLimits limits) {
        if (body == null || body.length == 0) {
            throw ApiProblem.invalidField("body", Text.of("import.no-file"));
        }
        boolean workbook = contentType != null && contentType.toLowerCase().startsWith(XLSX);
        UploadedFiles.requireContentMatches(workbook ? XLSX : "text/csv", Arrays.copyOf(body, Math.min(body.length, 8192)));
        if (!workbook) {
            List<List<String>> rows = readCsv(body, charsetOf(contentType));
            BoundedWorkbook.requireWithinLimits(rows, limits);
            return rows;
        }
        BoundedWorkbook.requireWithinLimits(body, limits);
        try {
            return readXlsx(body);
        } catch (IOException | RuntimeException e) {
            throw ApiProblem.invalidField("body", Text.of("import.workbook-unreadable"));
        }
    }

    /** UTF-8 unless the request names another charset. */
    static java.nio.charset.Charset charsetOf(String contentType) {
        if (contentType != null) {
            for (String part : contentType.split(";")) {
                String p = part.strip();
                if (p.toLowerCase().startsWith("charset=")) {
                    try {
                        return java.nio.charset.Charset.forName(p.substring(8).replace("\"", "").strip());
                    } catch (RuntimeException e) {
                        throw ApiProblem.invalidField("Content-Type", Text.of("import.unknown-charset", p.substring(8).replace("\"", "").strip()));
                    }
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    public static List<List<String>> readCsv(byte[] bytes) {
        return readCsv(bytes, StandardCharsets.UTF_8);
    }

    public static List<List<String>> readCsv(byte[] bytes, java.nio.charset.Charset charset) {
        String text = new String(bytes, charset);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',' || ch == ';') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    /** The first sheet's rows (empty rows kept, so row numbers match the file); checked by {@link BoundedWorkbook} first. */
    static List<List<String>> readXlsx(byte[] bytes) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getFirstSheet();
            int expected = 1;
            for (Row r : sheet.read()) {
                while (expected < r.getRowNum()) {
                    rows.add(List.of());
                    expected++;
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < r.getCellCount(); c++) {
                    org.dhatim.fastexcel.reader.Cell cell = r.getCell(c);
                    cells.add(cell == null || cell.getText() == null ? "" : cell.getText());
                }
                rows.add(cells);
                expected++;
            }
        }
        return rows;
    }

    /** Checks the header and every row's shape; blank rows are skipped. */
    public static Parsed parse(List<List<String>> rows) {
        List<RowError> errors = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        if (rows.isEmpty()) {
            errors.add(new RowError(1, "header", Text.of("import.empty", String.join(", ", COLUMNS))));
            return new Parsed(lines, errors);
        }
        Map<String, Integer> index = columnIndex(rows.get(0), COLUMNS);
        List<String> missing = COLUMNS.stream().filter(k -> !k.equals("decidedBy") && !k.equals("personId") && !k.equals("unitId")
                && !index.containsKey(k)).toList();
        if (!missing.isEmpty() || (!index.containsKey("personId") && !index.containsKey("unitId"))) {
            errors.add(new RowError(1, "header", missingColumns(missing, "personId", "unitId", COLUMNS)));
            return new Parsed(lines, errors);
        }
        for (int r = 1; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            int rowNumber = r + 1;
            if (cells.stream().allMatch(s -> s == null || s.isBlank())) {
                continue;
            }
            int before = errors.size();
            String type = cell(cells, index, "awardType");
            if (type.isEmpty()) {
                errors.add(new RowError(rowNumber, "awardType", Text.of("import.award-type-required")));
            }
            UUID person = uuid(cells, index, "personId", rowNumber, errors);
            UUID unit = uuid(cells, index, "unitId", rowNumber, errors);
            if (person != null && unit != null) {
                errors.add(new RowError(rowNumber, "unitId", Text.of("import.not-both", column("personId"), column("unitId"))));
            } else if (person == null && unit == null && cell(cells, index, "personId").isEmpty() && cell(cells, index, "unitId").isEmpty()) {
                errors.add(new RowError(rowNumber, "personId", Text.of("import.subject-required", column("personId"), column("unitId"))));
            }
            Integer year = null;
            String yearText = cell(cells, index, "year");
            try {
                year = (int) Double.parseDouble(yearText);
                if (year < 1945 || year > 2100 || !yearText.matches("\\d{4}(\\.0+)?")) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                errors.add(new RowError(rowNumber, "year", Text.of("import.not-a-year", yearText)));
                year = null;
            }
            String number = cell(cells, index, "decisionNumber");
            if (number.isEmpty() || number.length() > 100) {
                errors.add(new RowError(rowNumber, "decisionNumber", Text.of("import.required-at-most", 100)));
            }
            LocalDate date = date(cell(cells, index, "decisionDate"));
            if (date == null) {
                errors.add(new RowError(rowNumber, "decisionDate", Text.of("import.not-a-date", cell(cells, index, "decisionDate"))));
            } else if (year != null && date.getYear() < year) {
                errors.add(new RowError(rowNumber, "decisionDate", Text.of("import.decision-before-year", String.valueOf(year))));
            }
            String decidedBy = cell(cells, index, "decidedBy");
            if (decidedBy.length() > 300) {
                errors.add(new RowError(rowNumber, "decidedBy", Text.of("import.at-most", 300)));
            }
            if (errors.size() == before) {
                lines.add(new Line(rowNumber, type.toUpperCase(Locale.ROOT), person, unit, year, number, date,
                        decidedBy.isEmpty() ? null : decidedBy));
            }
        }
        if (lines.isEmpty() && errors.isEmpty()) {
            errors.add(new RowError(2, "awardType", Text.of("import.no-rows")));
        }
        return new Parsed(lines, errors);
    }

    /** A column in words with its header as written in the file: "Mã danh hiệu (awardType)". */
    static Text column(String name) {
        return Text.of("import.column", Text.of("import.column." + name), name);
    }

    /** The header lacks needed columns, or both of the columns that name the subject ({@code either} or {@code or}). */
    static Text missingColumns(List<String> missing, String either, String or, List<String> columns) {
        String expected = String.join(", ", columns);
        return missing.isEmpty() ? Text.of("import.missing-either", either, or, expected)
                : Text.of("import.missing-columns", String.join(", ", missing), expected);
    }

    /**
     * 422 naming every bad row and column of a rejected file, in the caller's language ("Dòng 3, cột Mã danh hiệu
     * (awardType): không có danh hiệu mã X"); nothing of the file was written.
     */
    static ApiProblem rejected(List<RowError> errors) {
        List<FieldText> fields = errors.stream().sorted(java.util.Comparator.comparingInt(RowError::row))
                .map(e -> new FieldText("rows[" + e.row() + "]." + e.column(), switch (e.column()) {
                    case "header" -> Text.of("import.header-error", e.message());
                    case "row" -> Text.of("import.row-error", e.row(), e.message());
                    default -> Text.of("import.cell-error", e.row(), column(e.column()), e.message());
                }))
                .toList();
        long rows = errors.stream().map(RowError::row).distinct().count();
        return ApiProblem.of(422, "/problems/import-rejected", "Import rejected", Text.of("import.rejected", fields.size(), rows),
                fields, null, null);
    }

    /** The stripped text of a row's named column, "" when the column or the cell is absent (also used by {@link NominationImport}). */
    /** Where each known column sits in the header row (names compared case-insensitively, unknown ones ignored). */
    static Map<String, Integer> columnIndex(List<String> header, List<String> columns) {
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c).strip();
            for (String k : columns) {
                if (k.equalsIgnoreCase(name)) {
                    index.put(k, c);
                }
            }
        }
        return index;
    }

    static String cell(List<String> cells, Map<String, Integer> index, String column) {
        Integer c = index.get(column);
        // a file may carry NUL and other control characters PostgreSQL refuses: dropped, and the text NFC-normalised
        return c == null || c >= cells.size() || cells.get(c) == null ? ""
                : TextRules.nfc(TextRules.withoutControls(cells.get(c))).strip();
    }

    /** A row's named column as an id: null when blank; null plus a row error when it is not a UUID (also used by {@link NominationImport}). */
    static UUID uuid(List<String> cells, Map<String, Integer> index, String column, int row, List<RowError> errors) {
        String text = cell(cells, index, column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(row, column, Text.of("import.not-an-id", text)));
            return null;
        }
    }

    static LocalDate date(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text, VIETNAMESE_DATE);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
