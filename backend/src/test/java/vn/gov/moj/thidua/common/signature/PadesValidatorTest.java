package vn.gov.moj.thidua.common.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.gov.moj.thidua.support.TestPki;

/** DSS's verdict on PDFs signed at test time by a CA in the trust list and by one outside it, without Quarkus. */
class PadesValidatorTest {

    static TestPki.Ca ca;
    static PadesValidator validator;
    static byte[] pdf;

    @BeforeAll
    static void setUp() throws Exception {
        ca = TestPki.ca("CA kiểm thử");
        Path dir = Files.createTempDirectory("trust");
        ca.trust(dir);
        validator = new PadesValidator();
        validator.anchors = new TrustAnchors();
        validator.anchors.locations = Optional.of(List.of(dir.toString()));
        validator.revocations = new RevocationLists();
        validator.revocations.locations = Optional.empty();
        validator.clock = Clock.systemUTC();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            pdf = out.toByteArray();
        }
    }

    @Test
    void aSignatureUnderTheTrustListPassesWithItsSigner() throws Exception {
        List<SignatureFinding> findings = validator.validate(ca.issue("Nguyễn Văn Bộ").sign(pdf));
        assertThat(findings).hasSize(1);
        SignatureFinding f = findings.get(0);
        assertThat(f.errors()).isEmpty();
        assertThat(f.passed()).isTrue();
        assertThat(f.intact()).isTrue();
        assertThat(f.trusted()).isTrue();
        assertThat(f.signerName()).isEqualTo("Nguyễn Văn Bộ");
        assertThat(f.signerOrganisation()).isEqualTo("Bộ Tư pháp");
        assertThat(f.signingTime()).isNotNull();
    }

    @Test
    void aSignatureOfAnotherCaIsUntrustedAndAnUnsignedPdfHasNoFinding() throws Exception {
        List<SignatureFinding> findings = validator.validate(TestPki.ca("CA lạ").issue("Nguyễn Văn Bộ").sign(pdf));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.trusted()).isFalse();
            assertThat(f.passed()).isFalse();
        });
        assertThat(validator.validate(pdf)).isEmpty();
    }
}
