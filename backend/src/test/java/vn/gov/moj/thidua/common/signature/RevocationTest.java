package vn.gov.moj.thidua.common.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.gov.moj.thidua.common.problem.ProblemTexts;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.support.TestPki;

/**
 * Offline revocation: a CRL the test's own CA issues, configured as a file for DSS. A certificate it lists as revoked
 * before the signing time makes the signature invalid, with a Vietnamese reason; one it does not list still passes.
 */
class RevocationTest {

    static TestPki.Ca ca;
    static TestPki.Signer revoked;
    static TestPki.Signer good;
    static PadesValidator validator;
    static byte[] pdf;

    @BeforeAll
    static void setUp() throws Exception {
        ca = TestPki.ca("CA kiểm thử thu hồi");
        Path trust = Files.createTempDirectory("trust");
        ca.trust(trust);
        revoked = ca.issue("Người Bị Thu Hồi");
        good = ca.issue("Người Còn Hiệu Lực");
        Path crls = Files.createTempDirectory("crls");
        ca.crl(crls.resolve("ca.crl"), Instant.now().minus(Duration.ofHours(1)), revoked.certificate());
        validator = new PadesValidator();
        validator.anchors = new TrustAnchors();
        validator.anchors.locations = Optional.of(List.of(trust.toString()));
        validator.revocations = new RevocationLists();
        validator.revocations.locations = Optional.of(List.of(crls.toString()));
        validator.clock = Clock.systemUTC();
        pdf = TestPki.minimalPdf();
    }

    @Test
    void aCertificateRevokedBeforeSigningMakesTheSignatureInvalidWithAVietnameseReason() throws Exception {
        List<SignatureFinding> findings = validator.validate(revoked.sign(pdf));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.intact()).isTrue();
            assertThat(f.trusted()).isTrue();
            assertThat(f.passed()).isFalse();
            assertThat(f.revokedAt()).isNotNull().isBefore(f.signingTime());
        });
        Optional<Text> reason = SignatureVerdict.untrusted(findings);
        assertThat(reason).map(Text::key).contains("signature.revoked");
        assertThat(ProblemTexts.render(reason.get(), java.util.Locale.forLanguageTag("vi")))
                .startsWith("Chứng thư số của Người Bị Thu Hồi đã bị thu hồi (từ ");
    }

    @Test
    void aCertificateTheListDoesNotNamePassesWithTheListConfigured() throws Exception {
        List<SignatureFinding> findings = validator.validate(good.sign(pdf));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.passed()).as("%s/%s %s", f.indication(), f.subIndication(), f.errors()).isTrue();
            assertThat(f.revokedAt()).isNull();
        });
        assertThat(SignatureVerdict.untrusted(findings)).isEmpty();
    }

    @Test
    void aFileThatIsNotACrlIsAConfigurationErrorNotAnUnreadableUpload() throws Exception {
        Path bad = Files.createTempFile("not", ".crl");
        Files.writeString(bad, "không phải CRL");
        RevocationLists lists = new RevocationLists();
        lists.locations = Optional.of(List.of(bad.toString()));
        org.assertj.core.api.Assertions.assertThatThrownBy(lists::source).isInstanceOf(RevocationLists.Misconfigured.class);
    }

    @Test
    void withoutAConfiguredListTheRevokedCertificateIsNotDetected() throws Exception {
        PadesValidator offline = new PadesValidator();
        offline.anchors = validator.anchors;
        offline.revocations = new RevocationLists();
        offline.revocations.locations = Optional.empty();
        offline.clock = Clock.systemUTC();
        assertThat(offline.validate(revoked.sign(pdf))).singleElement().satisfies(f -> assertThat(f.passed()).isTrue());
    }
}
