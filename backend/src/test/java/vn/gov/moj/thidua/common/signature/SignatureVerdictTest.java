package vn.gov.moj.thidua.common.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.gov.moj.thidua.common.problem.Text;

/** The acceptance rule of a signed copy, reason by reason, and the revisions found inside a signed file. */
class SignatureVerdictTest {

    static SignatureFinding finding(String indication, String sub, boolean intact, boolean trusted, String name) {
        return new SignatureFinding(indication, sub, intact, trusted, name, "Bộ Tư pháp", "1a2b", "CN=CA", Instant.EPOCH, List.of());
    }

    static final SignatureFinding GOOD = finding("TOTAL_PASSED", null, true, true, "NGUYỄN VĂN BỘ");

    @Test
    void aValidSignatureOfTheExpectedSignerOnTheProducedDocumentPasses() {
        assertThat(SignatureVerdict.refusal(List.of(GOOD), true, true, List.of("Nguyễn Văn Bộ"))).isEmpty();
        assertThat(SignatureVerdict.refusal(List.of(GOOD), true, true, List.of())).isEmpty();
    }

    @Test
    void eachFlawIsRefusedWithItsReason() {
        assertThat(SignatureVerdict.refusal(List.of(), true, true, List.of())).contains(Text.of("signature.none"));
        assertThat(SignatureVerdict.refusal(List.of(finding("TOTAL_FAILED", "HASH_FAILURE", false, true, "A")), true, true, List.of()))
                .contains(Text.of("signature.altered", "A"));
        assertThat(SignatureVerdict.refusal(List.of(GOOD), false, true, List.of())).contains(Text.of("signature.not-whole"));
        assertThat(SignatureVerdict.refusal(List.of(finding("INDETERMINATE", "NO_CERTIFICATE_CHAIN_FOUND", true, false, "A")), true, true, List.of()))
                .contains(Text.of("signature.untrusted", "A", "CN=CA"));
        assertThat(SignatureVerdict.refusal(List.of(finding("INDETERMINATE", "OUT_OF_BOUNDS_NO_POE", true, true, "A")), true, true, List.of()))
                .contains(Text.of("signature.expired", "A"));
        assertThat(SignatureVerdict.refusal(List.of(finding("TOTAL_FAILED", "CRYPTO_CONSTRAINTS_FAILURE", true, true, "A")), true, true, List.of()))
                .contains(Text.of("signature.invalid", "A", "TOTAL_FAILED/CRYPTO_CONSTRAINTS_FAILURE"));
        assertThat(SignatureVerdict.refusal(List.of(GOOD), true, false, List.of())).contains(Text.of("signature.not-produced"));
        assertThat(SignatureVerdict.refusal(List.of(GOOD), true, true, List.of("Trần Thị Khác")))
                .contains(Text.of("signature.wrong-signer", "NGUYỄN VĂN BỘ", "Trần Thị Khác"));
    }

    @Test
    void aRevokedCertificateIsRefusedWithItsDateAndAnyOfSeveralExpectedSignersMaySign() {
        SignatureFinding revoked = new SignatureFinding("INDETERMINATE", "REVOKED_NO_POE", true, true, "A", "B", "1", "CN=CA", Instant.EPOCH,
                List.of(), Instant.parse("2026-01-01T03:00:00Z"));
        assertThat(SignatureVerdict.refusal(List.of(revoked), true, true, List.of())).contains(Text.of("signature.revoked", "A", "01/01/2026 10:00"));
        assertThat(SignatureVerdict.untrusted(List.of(GOOD))).isEmpty();
        assertThat(SignatureVerdict.refusal(List.of(GOOD), true, true, List.of("Lê Văn Thư Ký", "Nguyễn Văn Bộ"))).isEmpty();
        assertThat(SignatureVerdict.broken(List.of(GOOD), false)).contains(Text.of("signature.not-whole"));
        assertThat(SignatureVerdict.broken(List.of(), false)).isEmpty();
    }

    @Test
    void namesCompareWithoutCaseMarksOrSpaces() {
        assertThat(SignatureVerdict.sameName("NGUYỄN  VĂN BỘ", "Nguyen Van Bo")).isTrue();
        assertThat(SignatureVerdict.sameName("Đỗ Thị Ánh", "do thi anh")).isTrue();
        assertThat(SignatureVerdict.sameName("Nguyễn Văn Bộ", "Nguyễn Văn Bổ")).isTrue();
        assertThat(SignatureVerdict.sameName("Nguyễn Văn Bộ", "Nguyễn Văn Ba")).isFalse();
        assertThat(SignatureVerdict.sameName(null, "A")).isFalse();
    }

    @Test
    void everyRevisionPrefixIsHashedSoTheProducedDocumentIsFoundInsideTheSignedOne() {
        byte[] first = "%PDF-1.7\n1 0 obj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] signed = (new String(first, StandardCharsets.US_ASCII) + "2 0 obj /Sig\n%%EOF\r\n").getBytes(StandardCharsets.US_ASCII);
        assertThat(PdfRevisions.prefixHashes(signed)).contains(PdfRevisions.sha256(first, first.length),
                PdfRevisions.sha256(signed, signed.length));
        byte[] changed = first.clone();
        changed[10] = 'X';
        assertThat(PdfRevisions.prefixHashes(signed)).doesNotContain(PdfRevisions.sha256(changed, changed.length));
    }
}
