package vn.gov.moj.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.web.UploadedFiles;

/** Upload content sniffing and file-name sanitising, as pure functions. */
class UploadedFilesTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void contentMustStartTheWayItsDeclaredTypeStarts() {
        UploadedFiles.requireContentMatches("application/pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        UploadedFiles.requireContentMatches(XLSX, new byte[] { 'P', 'K', 3, 4, 0, 0 });
        UploadedFiles.requireContentMatches("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 });
        UploadedFiles.requireContentMatches("text/csv; charset=UTF-8", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        for (var mismatch : new Object[][] {
                { "application/pdf", new byte[] { 'M', 'Z', 0, 0 } },
                { "image/png", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII) },
                { XLSX, "<html><script>".getBytes(StandardCharsets.US_ASCII) },
                { "text/csv", new byte[] { 'P', 'K', 3, 4, 0, 0 } },
                { "application/x-msdownload", new byte[] { 'M', 'Z' } },
                { "application/pdf", new byte[0] } }) {
            assertThatThrownBy(() -> UploadedFiles.requireContentMatches((String) mismatch[0], (byte[]) mismatch[1]))
                    .isInstanceOf(ApiProblem.class)
                    .satisfies(e -> assertThat(((ApiProblem) e).status()).isEqualTo(415));
        }
    }

    @Test
    void fileNamesLoseTheirPathsControlCharactersAndExcessLength() {
        assertThat(UploadedFiles.safeFileName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(UploadedFiles.safeFileName("C:\\Users\\a\\Tờ trình.pdf")).isEqualTo("Tờ trình.pdf");
        assertThat(UploadedFiles.safeFileName("a\r\nX-Injected: 1\".pdf")).isEqualTo("aX-Injected 1.pdf");
        assertThat(UploadedFiles.safeFileName("\u202Egnp.exe")).isEqualTo("gnp.exe");
        assertThat(UploadedFiles.safeFileName("..")).isEqualTo("document");
        assertThat(UploadedFiles.safeFileName(null)).isEqualTo("document");
        String longName = "x".repeat(500) + ".pdf";
        assertThat(UploadedFiles.safeFileName(longName)).hasSize(UploadedFiles.MAX_FILE_NAME).endsWith(".pdf");
    }
}
