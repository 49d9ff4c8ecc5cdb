package vn.gov.moj.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.gov.moj.thidua.common.problem.Problem;
import vn.gov.moj.thidua.common.problem.ProblemTexts;

class AwardImportTest {

    static AwardImport.Parsed parse(String csv) {
        return AwardImport.parse(AwardImport.readCsv(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsQuotedCellsVietnameseDatesAndABom() {
        var parsed = parse("\uFEFFawardType;personId;year;decisionNumber;decisionDate\r\n"
                + "cstdcs;00000000-0000-4000-8000-000000007001;2024;\"12/QĐ; \"\"đợt 2\"\"\";9/1/2025\r\n");
        assertThat(parsed.errors()).isEmpty();
        var line = parsed.lines().get(0);
        assertThat(line.awardType()).isEqualTo("CSTDCS");
        assertThat(line.decisionNumber()).isEqualTo("12/QĐ; \"đợt 2\"");
        assertThat(line.decisionDate()).isEqualTo(LocalDate.of(2025, 1, 9));
        assertThat(line.row()).isEqualTo(2);
    }

    @Test
    void reportsEveryBadCellWithItsRowAndColumn() {
        var parsed = parse("awardType,personId,unitId,year,decisionNumber,decisionDate\n"
                + ",abc,,1800,,2020-13-01\n"
                + "LDTT,00000000-0000-4000-8000-000000007001,00000000-0000-4000-8000-000000000201,2020,1/QĐ,2019-12-31\n");
        assertThat(parsed.lines()).isEmpty();
        assertThat(parsed.errors()).extracting(e -> e.row() + "." + e.column()).containsExactly(
                "2.awardType", "2.personId", "2.year", "2.decisionNumber", "2.decisionDate", "3.unitId", "3.decisionDate");
    }

    @Test
    void refusesAFileWithoutTheNeededColumns() {
        assertThat(parse("awardType,year\nLDTT,2020\n").errors()).extracting(AwardImport.RowError::column).containsExactly("header");
        assertThat(parse("").errors()).hasSize(1);
    }

    @Test
    void aRejectedFileNamesEachRowAndColumnInWordsInEitherLanguage() {
        var errors = parse("awardType,personId,unitId,year,decisionNumber,decisionDate\n"
                + "LDTT,00000000-0000-4000-8000-000000007001,,20x0,1/QĐ,2021-01-05\n").errors();
        Problem vi = AwardImport.rejected(errors).toProblem("/x", ProblemTexts.VIETNAMESE);
        assertThat(vi.status()).isEqualTo(422);
        assertThat(vi.title()).isEqualTo("Không nhập được dữ liệu");
        assertThat(vi.detail()).isEqualTo("Chưa nhập dữ liệu nào: tệp có 1 lỗi ở 1 dòng. Hãy sửa các lỗi dưới đây rồi gửi lại toàn bộ tệp.");
        assertThat(vi.errors()).extracting(Problem.FieldError::field, Problem.FieldError::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rows[2].year",
                        "Dòng 2, cột Năm (year): \"20x0\" không phải năm hợp lệ (từ 1945 đến 2100)"));
        Problem en = AwardImport.rejected(errors).toProblem("/x", java.util.Locale.ENGLISH);
        assertThat(en.errors()).extracting(Problem.FieldError::message)
                .containsExactly("Row 2, column Year (year): \"20x0\" is not a year between 1945 and 2100");
        // a year or a row number is never written with a thousands separator
        assertThat(ProblemTexts.render(new AwardImport.RowError(1200, "decisionDate",
                vn.gov.moj.thidua.common.problem.Text.of("import.decision-before-year", "2025")).message(), ProblemTexts.VIETNAMESE))
                .isEqualTo("ngày quyết định không thể trước năm được khen thưởng (2025)");
        assertThat(AwardImport.rejected(java.util.List.of(new AwardImport.RowError(1200, "year",
                vn.gov.moj.thidua.common.problem.Text.of("import.award-twice")))).toProblem("/x", ProblemTexts.VIETNAMESE).errors().get(0).message())
                .startsWith("Dòng 1200, cột Năm (year):");
    }

    @Test
    void everyColumnOfBothFilesHasAName() {
        java.util.stream.Stream.concat(AwardImport.COLUMNS.stream(), NominationImport.COLUMNS.stream()).forEach(column -> {
            String vi = ProblemTexts.render(AwardImport.column(column), ProblemTexts.VIETNAMESE);
            String en = ProblemTexts.render(AwardImport.column(column), java.util.Locale.ENGLISH);
            assertThat(vi).as(column).endsWith(" (" + column + ")").doesNotStartWith("column.");
            assertThat(en).as(column).endsWith(" (" + column + ")").doesNotStartWith("column.").isNotEqualTo(vi);
        });
    }

    @Test
    void aHeaderWithoutTheSubjectColumnsSaysWhichOnesAreNeeded() {
        var errors = parse("awardType,year,decisionNumber,decisionDate\nLDTT,2020,1/QĐ,2021-01-05\n").errors();
        assertThat(AwardImport.rejected(errors).toProblem("/x", ProblemTexts.VIETNAMESE).errors().get(0).message())
                .startsWith("Dòng tiêu đề (dòng 1): cần có cột personId hoặc cột unitId;");
    }
}
