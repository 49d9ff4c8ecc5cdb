package vn.gov.moj.thidua.common.signature;

import java.io.InputStream;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.policy.ValidationPolicy;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.policy.ValidationPolicyLoader;
import eu.europa.esig.dss.validation.reports.Reports;

/**
 * Validates every PAdES signature of a PDF with the EU's Digital Signature Service (DSS): integrity of the signed
 * byte ranges, the signer's certificate chain to the configured {@link TrustAnchors}, its validity at the signing
 * time, the cryptographic suite, and — when CRL files are configured ({@link RevocationLists}) — that the certificate
 * was not revoked. Offline: nothing is fetched (no OCSP, no CRL download, no AIA), and the policy
 * ({@code signatures/offline-policy.xml}) lets missing revocation data warn instead of fail.
 */
@ApplicationScoped
public class PadesValidator {

    @Inject
    TrustAnchors anchors;

    @Inject
    RevocationLists revocations;

    @Inject
    Clock clock;

    /**
     * @throws Exception when the file is not a PDF DSS can read (malformed, encrypted)
     */
    public List<SignatureFinding> validate(byte[] pdf) throws Exception {
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        for (X509Certificate ca : anchors.certificates()) {
            trusted.addCertificate(new CertificateToken(ca));
        }
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(trusted);
        verifier.setCheckRevocationForUntrustedChains(false);
        verifier.setAIASource(null);
        verifier.setCrlSource(revocations.source().orElse(null));
        verifier.setOcspSource(null);
        PDFDocumentValidator validator = new PDFDocumentValidator(new InMemoryDocument(pdf));
        validator.setCertificateVerifier(verifier);
        validator.setValidationTime(Date.from(clock.instant()));
        Reports reports = validator.validateDocument(policy());
        SimpleReport simple = reports.getSimpleReport();
        DiagnosticData diagnostic = reports.getDiagnosticData();
        List<SignatureFinding> findings = new ArrayList<>();
        for (String id : simple.getSignatureIdList()) {
            SignatureWrapper signature = diagnostic.getSignatureById(id);
            CertificateWrapper signer = signature.getSigningCertificate();
            boolean trustedChain = signature.getCertificateChain().stream().anyMatch(CertificateWrapper::isTrusted);
            Date time = signature.getClaimedSigningTime();
            findings.add(new SignatureFinding(String.valueOf(simple.getIndication(id)),
                    simple.getSubIndication(id) == null ? null : simple.getSubIndication(id).name(),
                    signature.isSignatureIntact() && signature.isSignatureValid(), trustedChain,
                    signer == null ? simple.getSignedBy(id) : signer.getCommonName(), signer == null ? null : signer.getOrganizationName(),
                    signer == null ? null : signer.getSerialNumber(), signer == null ? null : signer.getCertificateIssuerDN(),
                    time == null ? null : time.toInstant(),
                    simple.getAdESValidationErrors(id).stream().map(m -> m.getValue()).toList(), revokedAt(signer)));
        }
        return findings;
    }

    /** When a configured CRL says the signer's certificate was revoked, else null. */
    private static Instant revokedAt(CertificateWrapper signer) {
        if (signer == null) {
            return null;
        }
        return signer.getCertificateRevocationData().stream().filter(r -> r.isRevoked() && r.getRevocationDate() != null)
                .map(r -> r.getRevocationDate().toInstant()).min(Instant::compareTo).orElse(null);
    }

    private static ValidationPolicy policy() throws Exception {
        try (InputStream in = PadesValidator.class.getResourceAsStream("/signatures/offline-policy.xml")) {
            return ValidationPolicyLoader.fromValidationPolicy(in).create();
        }
    }
}
