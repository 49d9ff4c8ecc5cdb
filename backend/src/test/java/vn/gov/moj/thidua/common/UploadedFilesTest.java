package vn.gov.moj.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.web.UploadedFiles;

/** Upload checks: an attached document as a whole, content sniffing and file-name sanitising. */
class UploadedFilesTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final byte[] A_PDF = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);

    @TempDir
    Path dir;

    final UploadedFiles uploads = new UploadedFiles(64);

    @Test
    void anAcceptedDocumentKeepsItsBytesTypeAndACleanName() throws IOException {
        UploadedFiles.Document doc = uploads.acceptDocument(upload("..\\Tờ trình\u0007.pdf", "application/PDF; charset=x", A_PDF));
        assertThat(doc.fileName()).isEqualTo("Tờ trình.pdf");
        assertThat(doc.contentType()).isEqualTo("application/pdf");
        assertThat(doc.content()).isEqualTo(A_PDF);
        assertThat(doc.sizeBytes()).isEqualTo(A_PDF.length);
        assertThat(doc.sha256()).hasSize(64).matches("[0-9a-f]+")
                .isNotEqualTo(new UploadedFiles.Document("x", "application/pdf", new byte[] { 1 }).sha256());
    }

    @Test
    void aDocumentIsRefusedWhenMissingTooLargeOfAnotherTypeOrNotWhatItClaims() throws IOException {
        assertThatThrownBy(() -> uploads.acceptDocument(null)).isInstanceOf(ApiProblem.class)
                .satisfies(e -> assertThat(((ApiProblem) e).status()).isEqualTo(400));
        byte[] big = new byte[65];
        System.arraycopy(A_PDF, 0, big, 0, A_PDF.length);
        assertStatus(upload("big.pdf", "application/pdf", big), 413);
        assertStatus(upload("limit.pdf", "application/pdf", java.util.Arrays.copyOf(A_PDF, 64)), 0);
        assertStatus(upload("run.exe", "application/x-msdownload", new byte[] { 'M', 'Z' }), 415);
        assertStatus(upload("page.html", "text/html", "<html>".getBytes(StandardCharsets.US_ASCII)), 415);
        assertStatus(upload("fake.pdf", "application/pdf", new byte[] { 'M', 'Z', 0, 0 }), 415);
        assertStatus(upload("nothing.pdf", null, A_PDF), 415);
    }

    private void assertStatus(FileUpload file, int status) {
        if (status == 0) {
            assertThat(uploads.acceptDocument(file).contentType()).isEqualTo("application/pdf");
            return;
        }
        assertThatThrownBy(() -> uploads.acceptDocument(file)).as(file.fileName()).isInstanceOf(ApiProblem.class)
                .satisfies(e -> assertThat(((ApiProblem) e).status()).isEqualTo(status));
    }

    private FileUpload upload(String fileName, String contentType, byte[] content) throws IOException {
        Path path = Files.write(Files.createTempFile(dir, "upload", ".bin"), content);
        return new FileUpload() {
            public String name() {
                return "file";
            }

            public Path filePath() {
                return path;
            }

            public String fileName() {
                return fileName;
            }

            public long size() {
                return content.length;
            }

            public String contentType() {
                return contentType;
            }

            public String charSet() {
                return null;
            }

            public MultivaluedMap<String, String> getHeaders() {
                return new MultivaluedHashMap<>();
            }
        };
    }

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
