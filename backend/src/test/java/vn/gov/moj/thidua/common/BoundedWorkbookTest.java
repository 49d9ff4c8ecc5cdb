package vn.gov.moj.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import vn.gov.moj.thidua.common.imports.BoundedWorkbook;
import vn.gov.moj.thidua.common.imports.ImportLimits;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.nomination.AwardImport;
import vn.gov.moj.thidua.support.WorkbookBombs;

/**
 * The bounded read of every spreadsheet import, without Quarkus: generated bombs are refused by the limit they break
 * (413 for size, 422 for shape), and an ordinary 10,000-row workbook passes. Limits as in the test profile.
 */
class BoundedWorkbookTest {

    static ImportLimits limits(long maxEntryBytes, int maxInflateRatio) {
        return new ImportLimits() {
            public int maxEntries() {
                return 200;
            }

            public long maxEntryBytes() {
                return maxEntryBytes;
            }

            public long maxTotalBytes() {
                return 128L << 20;
            }

            public int maxInflateRatio() {
                return maxInflateRatio;
            }

            public long ratioGraceBytes() {
                return 1 << 20;
            }

            public int maxRows() {
                return 20_000;
            }

            public int maxColumns() {
                return 50;
            }

            public int maxRowIndex() {
                return 100_000;
            }
        };
    }

    static final ImportLimits LIMITS = limits(16L << 20, 100);

    static ApiProblem refusal(byte[] xlsx, ImportLimits limits) {
        Throwable thrown = org.junit.jupiter.api.Assertions.assertThrows(ApiProblem.class,
                () -> BoundedWorkbook.requireWithinLimits(xlsx, limits));
        return (ApiProblem) thrown;
    }

    /** 600 MB of zeros in one cell: about 600 KB on the wire. */
    static final byte[] ZEROS = WorkbookBombs.zeros(600);

    @Test
    void aSheetInflatingAThousandTimesIsRefusedByItsDeclaredSizeBeforeInflating() {
        assertThat(ZEROS.length).as("600 MB of zeros compress to well under a megabyte").isLessThan(1 << 20);
        ApiProblem problem = refusal(ZEROS, LIMITS);
        assertThat(problem.status()).isEqualTo(413);
        assertThat(problem.getMessage()).contains("xl/worksheets/sheet1.xml").contains("more than 16 MB");
    }

    @Test
    void aPartThatLiesAboutItsSizeIsMeasuredWhileInflating() {
        byte[] lying = WorkbookBombs.declaringSize(ZEROS, "xl/worksheets/sheet1.xml", 1000);
        ApiProblem ratio = refusal(lying, limits(1L << 30, 100));
        assertThat(ratio.status()).isEqualTo(413);
        assertThat(ratio.getMessage()).contains("xl/worksheets/sheet1.xml").contains("100 times");
        ApiProblem size = refusal(lying, limits(16L << 20, Integer.MAX_VALUE));
        assertThat(size.status()).isEqualTo(413);
        assertThat(size.getMessage()).contains("more than 16 MB");
    }

    @Test
    void aPartLargerThanTheLimitIsRefusedEvenWhenItCompressesNormally() {
        ApiProblem problem = refusal(WorkbookBombs.incompressible(17), LIMITS);
        assertThat(problem.status()).isEqualTo(413);
        assertThat(problem.getMessage()).contains("more than 16 MB");
    }

    @Test
    void aRowNumberOfTwoMillionIsRefusedBeforeAnyRowIsKept() {
        ApiProblem problem = refusal(WorkbookBombs.rowAt(2_000_000), LIMITS);
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.getMessage()).contains("2000000").contains("100000");
        assertThat(refusal(WorkbookBombs.rowAt(99_999_999_9), LIMITS).status()).isEqualTo(422);
    }

    @Test
    void aCellBeyondTheLastColumnIsRefused() {
        for (String reference : List.of("XFD1", "AY1", "ZZZZZZZZ1")) {
            ApiProblem problem = refusal(WorkbookBombs.cellAt(reference), LIMITS);
            assertThat(problem.status()).as(reference).isEqualTo(422);
            assertThat(problem.getMessage()).contains(reference.substring(0, Math.min(reference.length(), 12)));
        }
        assertThat(refusal(WorkbookBombs.wideRow(51), LIMITS).status()).isEqualTo(422);
        BoundedWorkbook.requireWithinLimits(WorkbookBombs.cellAt("AX1"), LIMITS); // column 50: the last allowed
        BoundedWorkbook.requireWithinLimits(WorkbookBombs.wideRow(50), LIMITS);
    }

    @Test
    void tooManyRowsOrPartsAreRefused() throws IOException {
        ApiProblem rows = refusal(WorkbookBombs.rows(20_001), LIMITS);
        assertThat(rows.status()).isEqualTo(413);
        assertThat(rows.getMessage()).contains("20000 rows");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < 201; i++) {
                zip.putNextEntry(new ZipEntry("xl/media/p" + i + ".xml"));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        assertThat(refusal(out.toByteArray(), LIMITS).status()).isEqualTo(413);
    }

    @Test
    void aCsvHasTheSameRowAndColumnLimits() {
        StringBuilder csv = new StringBuilder("awardType,personId\n");
        csv.append("CSTDCS,x\n".repeat(20_000));
        assertThatThrownBy(() -> AwardImport.readUpload("text/csv", csv.toString().getBytes(StandardCharsets.UTF_8), LIMITS))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status()).isEqualTo(413));
        String wide = "a,".repeat(60) + "b\n";
        assertThatThrownBy(() -> AwardImport.readUpload("text/csv", wide.getBytes(StandardCharsets.UTF_8), LIMITS))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status()).isEqualTo(422));
    }

    @Test
    void anOrdinaryTenThousandRowWorkbookIsReadInFull() {
        List<List<String>> rows = AwardImport.readUpload(AwardImport.XLSX, WorkbookBombs.rows(10_000), LIMITS);
        assertThat(rows).hasSize(10_000);
        assertThat(rows.get(9_999)).containsExactly("x10000", "y");
    }

    @Test
    void somethingThatIsNoZipIsUnreadable() {
        ApiProblem problem = refusal("PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1), LIMITS);
        assertThat(problem.status()).isEqualTo(400);
    }
}
