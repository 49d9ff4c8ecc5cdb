package vn.gov.moj.thidua.common.signature;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.FileDocument;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;

/**
 * The configured certificate revocation lists (CRL, RFC 5280, DER or PEM): files or directories named in
 * {@code thidua.signatures.crls}, which the administrator refreshes from each CA's published CRL (the national root
 * CA's and the signing services'). Validation stays offline: DSS reads these files and fetches nothing. A certificate
 * a list says was revoked before the signing time makes the signature invalid. Read at each check, so a new list
 * needs no restart. None configured → no revocation check (a warning in DSS's report, see docs/signatures.md).
 */
@ApplicationScoped
public class RevocationLists {

    @ConfigProperty(name = "thidua.signatures.crls")
    Optional<List<String>> locations;

    /** The CRL source for DSS, or empty when no list is configured. */
    public Optional<ExternalResourcesCRLSource> source() {
        List<DSSDocument> files = new ArrayList<>();
        for (String location : locations.orElse(List.of())) {
            Path path = Path.of(location.strip());
            if (Files.isDirectory(path)) {
                try (Stream<Path> entries = Files.list(path)) {
                    entries.filter(Files::isRegularFile).sorted().forEach(f -> files.add(checked(f)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(checked(path));
            }
        }
        if (files.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ExternalResourcesCRLSource(files.toArray(DSSDocument[]::new)));
        } catch (RuntimeException e) {
            throw new Misconfigured("a file of thidua.signatures.crls " + locations.orElse(List.of()) + " is not a CRL (DER)", e);
        }
    }

    /** The file as DSS reads it, once the JDK has parsed it as an X.509 CRL (a wrong file is a configuration error). */
    private static DSSDocument checked(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            CertificateFactory.getInstance("X.509").generateCRL(in);
        } catch (IOException | CRLException | CertificateException e) {
            throw new Misconfigured("thidua.signatures.crls: " + file + " is not an X.509 CRL (DER)", e);
        }
        return new FileDocument(file.toFile());
    }

    /** The configured lists cannot be read: the server's configuration is wrong, not the uploaded file. */
    public static final class Misconfigured extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Misconfigured(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
