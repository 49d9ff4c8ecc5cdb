package vn.gov.moj.thidua.scoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import vn.gov.moj.thidua.common.input.TextRules;
import vn.gov.moj.thidua.common.problem.ApiProblem.FieldText;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;

/**
 * A template as an Excel sheet the secretariat can edit offline: a few header rows, then one row per
 * criterion with its section; bands are written as {@code 0-60=0; 60-95=1; 100-=2}. Reading gives back a
 * request that goes through the same validation as the editor.
 */
final class TemplateWorkbook {

    static final String MEDIA_TYPE = RankingXlsx.MEDIA_TYPE;
    static final String[] COLUMNS = { "Mã phần", "Tên phần", "Điểm phần", "Mã tiêu chí", "Nội dung, tiêu chí", "Điểm chuẩn",
            "Phương pháp", "Điểm mỗi lần", "Các mức (từ-đến=điểm)", "Hướng dẫn" };
    static final int HEADER_ROW = 6;

    private TemplateWorkbook() {
    }

    static byte[] write(ScoringTemplate template) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "ThiDua", "1.0");
            Worksheet sheet = workbook.newWorksheet("Tiêu chí");
            String[][] meta = { { "Tên bảng tiêu chí", template.name }, { "Đối tượng", template.targetGroup.name() },
                    { "Tổng điểm", template.totalPoints.toPlainString() },
                    { "Cần xác nhận", template.requiresCertification ? "có" : "không" },
                    { "Phân hạng khi bằng điểm", String.join(", ", template.tieBreak) } };
            for (int r = 0; r < meta.length; r++) {
                sheet.value(r, 0, meta[r][0]);
                sheet.style(r, 0).bold().set();
                sheet.value(r, 1, meta[r][1]);
            }
            for (int c = 0; c < COLUMNS.length; c++) {
                sheet.value(HEADER_ROW, c, COLUMNS[c]);
                sheet.style(HEADER_ROW, c).bold().set();
            }
            int r = HEADER_ROW + 1;
            for (TemplateSection section : template.sections) {
                for (TemplateCriterion c : section.criteria()) {
                    sheet.value(r, 0, section.code());
                    sheet.value(r, 1, section.title());
                    sheet.value(r, 2, section.maxPoints());
                    sheet.value(r, 3, c.code());
                    sheet.value(r, 4, c.text());
                    sheet.value(r, 5, c.maxPoints());
                    sheet.value(r, 6, c.method().name());
                    if (c.perEvent() != null) {
                        sheet.value(r, 7, c.perEvent());
                    }
                    if (c.bands() != null && !c.bands().isEmpty()) {
                        sheet.value(r, 8, bandsText(c.bands()));
                    }
                    if (c.guidance() != null) {
                        sheet.value(r, 9, c.guidance());
                    }
                    r++;
                }
            }
            sheet.width(4, 70);
            sheet.width(8, 40);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Reads a workbook written by {@link #write} (or by hand in its layout); every unreadable cell is reported. */
    static ScoringTemplateRequest read(InputStream in, UUID periodId) {
        List<FieldText> faults = new ArrayList<>();
        List<Row> rows;
        try (ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            rows = workbook.getFirstSheet().read();
        } catch (IOException | RuntimeException e) {
            throw ApiProblem.invalidField("file", Text.of("scoring.workbook-unreadable"));
        }
        Map<String, String> meta = new LinkedHashMap<>();
        Map<String, SectionDraft> sections = new LinkedHashMap<>();
        for (Row row : rows) {
            int n = row.getRowNum() - 1; // 1-based in the file
            if (n < HEADER_ROW) {
                meta.put(text(row, 0), text(row, 1));
                continue;
            }
            if (n == HEADER_ROW || text(row, 3).isEmpty()) {
                continue;
            }
            String where = "row " + (n + 1);
            SectionDraft section = sections.computeIfAbsent(text(row, 0), code -> new SectionDraft(code, text(row, 1),
                    number(row, 2, where + ".section points", faults)));
            CriterionMethod method = null;
            try {
                method = CriterionMethod.valueOf(text(row, 6).toUpperCase());
            } catch (IllegalArgumentException e) {
                faults.add(new FieldText(where + ".method", Text.of("scoring.one-of", Arrays.toString(CriterionMethod.values()))));
            }
            section.criteria.add(new TemplateCriterion(text(row, 3), text(row, 4), number(row, 5, where + ".maxPoints", faults), method,
                    bands(text(row, 8), where + ".bands", faults), text(row, 7).isEmpty() ? null : number(row, 7, where + ".perEvent", faults),
                    text(row, 9).isEmpty() ? null : text(row, 9)));
        }
        BigDecimal total = parse(meta.getOrDefault("Tổng điểm", ""), "Tổng điểm", faults);
        TargetGroup group = null;
        try {
            group = TargetGroup.valueOf(meta.getOrDefault("Đối tượng", "").strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            faults.add(new FieldText("Đối tượng", Text.of("scoring.one-of", Arrays.toString(TargetGroup.values()))));
        }
        if (meta.getOrDefault("Tên bảng tiêu chí", "").isBlank()) {
            faults.add(new FieldText("Tên bảng tiêu chí", Text.of("scoring.not-blank")));
        }
        if (!faults.isEmpty()) {
            throw ApiProblem.of(400, "/problems/validation", "Invalid request", Text.of("scoring.workbook-faults", faults.size()),
                    faults, null, null);
        }
        List<String> tieBreak = Arrays.stream(meta.getOrDefault("Phân hạng khi bằng điểm", "").split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        List<TemplateSection> built = sections.values().stream()
                .map(s -> new TemplateSection(s.code, s.title, s.maxPoints, List.copyOf(s.criteria))).toList();
        return new ScoringTemplateRequest(periodId, group, meta.getOrDefault("Tên bảng tiêu chí", "").strip(), total,
                "có".equalsIgnoreCase(meta.getOrDefault("Cần xác nhận", "").strip()), tieBreak, built);
    }

    static String bandsText(List<Band> bands) {
        List<String> parts = new ArrayList<>();
        for (Band b : bands) {
            parts.add(b.from().stripTrailingZeros().toPlainString() + "-" + (b.to() == null ? "" : b.to().stripTrailingZeros().toPlainString())
                    + "=" + b.points().stripTrailingZeros().toPlainString());
        }
        return String.join("; ", parts);
    }

    static List<Band> bands(String text, String where, List<FieldText> faults) {
        if (text.isBlank()) {
            return null;
        }
        List<Band> bands = new ArrayList<>();
        for (String part : text.split(";")) {
            String[] pointsSplit = part.strip().split("=");
            String[] range = pointsSplit[0].split("-", -1);
            if (pointsSplit.length != 2 || range.length != 2) {
                faults.add(new FieldText(where, Text.of("scoring.band-format", part.strip())));
                continue;
            }
            bands.add(new Band(parse(range[0], where, faults), range[1].isBlank() ? null : parse(range[1], where, faults),
                    parse(pointsSplit[1], where, faults)));
        }
        return bands;
    }

    private static String text(Row row, int column) {
        // control characters (NUL…) in a hand-made workbook are dropped before they reach the database
        return row.hasCell(column) && row.getCellText(column) != null
                ? TextRules.nfc(TextRules.withoutControls(row.getCellText(column))).strip() : "";
    }

    private static BigDecimal number(Row row, int column, String where, List<FieldText> faults) {
        return parse(text(row, column), where, faults);
    }

    private static BigDecimal parse(String text, String where, List<FieldText> faults) {
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            faults.add(new FieldText(where, Text.of("scoring.not-a-number", text)));
            return null;
        }
    }

    private static final class SectionDraft {
        final String code;
        final String title;
        final BigDecimal maxPoints;
        final List<TemplateCriterion> criteria = new ArrayList<>();

        SectionDraft(String code, String title, BigDecimal maxPoints) {
            this.code = code;
            this.title = title;
            this.maxPoints = maxPoints;
        }
    }
}
