package vn.gov.moj.thidua.support;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;

/**
 * A certification authority made at test time (BouncyCastle) and PAdES signing with DSS's own signing service, so
 * signature tests need no binary fixture and no real person's key. Nothing here is written to the repository.
 */
public final class TestPki {

    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime());

    /** A CA: its key pair and self-signed certificate. */
    public record Ca(KeyPair keys, X509Certificate certificate) {

        /** Writes the CA certificate as PEM into the directory the test profile's trust list reads. */
        public void trust(Path directory) throws IOException {
            Files.createDirectories(directory);
            StringWriter pem = new StringWriter();
            try (JcaPEMWriter w = new JcaPEMWriter(pem)) {
                w.writeObject(certificate);
            }
            Files.writeString(directory.resolve("ca-" + certificate.getSerialNumber() + ".pem"), pem.toString());
        }

        /** Writes (DER) a CRL of this CA listing the certificates as revoked at {@code revokedAt} (key compromise). */
        public void crl(Path file, Instant revokedAt, X509Certificate... revoked) throws Exception {
            Instant now = Instant.now();
            org.bouncycastle.cert.X509v2CRLBuilder b = new org.bouncycastle.cert.X509v2CRLBuilder(
                    X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()), Date.from(now.minus(Duration.ofMinutes(30))));
            b.setNextUpdate(Date.from(now.plus(Duration.ofDays(7))));
            for (X509Certificate c : revoked) {
                b.addCRLEntry(c.getSerialNumber(), Date.from(revokedAt), org.bouncycastle.asn1.x509.CRLReason.keyCompromise);
            }
            b.addExtension(Extension.cRLNumber, false, new org.bouncycastle.asn1.x509.CRLNumber(BigInteger.valueOf(SERIAL.incrementAndGet())));
            b.addExtension(Extension.authorityKeyIdentifier, false,
                    new org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils().createAuthorityKeyIdentifier(certificate));
            Files.createDirectories(file.getParent());
            Files.write(file, b.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())).getEncoded());
        }

        /** A signer certificate issued by this CA, valid from {@code from} to {@code to}. */
        public Signer issue(String commonName, Instant from, Instant to) throws Exception {
            KeyPair pair = keyPair();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN").addRDN(BCStyle.O, "Bộ Tư pháp")
                    .addRDN(BCStyle.CN, commonName).build();
            JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(certificate,
                    BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(from), Date.from(to), subject, pair.getPublic());
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate cert = new JcaX509CertificateConverter()
                    .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
            return new Signer(pair.getPrivate(), cert, certificate);
        }

        public Signer issue(String commonName) throws Exception {
            Instant now = Instant.now();
            return issue(commonName, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)));
        }
    }

    /** A signer: private key, certificate and its CA's certificate. */
    public record Signer(PrivateKey key, X509Certificate certificate, X509Certificate ca) {

        /** The PDF signed PAdES-BASELINE-B by DSS's PAdESService (an incremental update after the original bytes). */
        public byte[] sign(byte[] pdf) throws Exception {
            PAdESSignatureParameters params = new PAdESSignatureParameters();
            params.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
            params.setDigestAlgorithm(eu.europa.esig.dss.enumerations.DigestAlgorithm.SHA256);
            params.setSigningCertificate(new CertificateToken(certificate));
            params.setCertificateChain(new CertificateToken(ca));
            params.bLevel().setSigningDate(new Date());
            CommonCertificateVerifier verifier = new CommonCertificateVerifier();
            verifier.setAlertOnExpiredCertificate(new eu.europa.esig.dss.alert.SilentOnStatusAlert());
            PAdESService service = new PAdESService(verifier);
            DSSDocument doc = new InMemoryDocument(pdf);
            ToBeSigned tbs = service.getDataToSign(doc, params);
            Signature jca = Signature.getInstance("SHA256withRSA");
            jca.initSign(key);
            jca.update(tbs.getBytes());
            SignatureValue value = new SignatureValue(SignatureAlgorithm.RSA_SHA256, jca.sign());
            return service.signDocument(doc, params, value).openStream().readAllBytes();
        }
    }

    private TestPki() {
    }

    private static Signer unitHead;

    /**
     * A signer whose CA the test profile trusts (written to {@code target/test-trust-anchors} on first use), for
     * fixtures that attach a signed tờ trình.
     */
    public static synchronized Signer trustedUnitHead() throws Exception {
        if (unitHead == null) {
            Ca ca = ca("CA kiểm thử đơn vị");
            ca.trust(Path.of("target/test-trust-anchors"));
            unitHead = ca.issue("Thủ Trưởng Đơn Vị");
        }
        return unitHead;
    }

    /** A one-page PDF ThiĐua did not produce. */
    public static byte[] minimalPdf() throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    public static Ca ca(String name) throws Exception {
        KeyPair pair = keyPair();
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN").addRDN(BCStyle.O, "Kiểm thử ThiĐua")
                .addRDN(BCStyle.CN, name).build();
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(SERIAL.incrementAndGet()),
                Date.from(now.minus(Duration.ofDays(30))), Date.from(now.plus(Duration.ofDays(3650))), subject, pair.getPublic());
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        X509Certificate cert = new JcaX509CertificateConverter()
                .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        return new Ca(pair, cert);
    }

    private static KeyPair keyPair() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }
}
