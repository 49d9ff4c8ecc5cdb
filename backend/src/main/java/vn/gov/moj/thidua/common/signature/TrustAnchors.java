package vn.gov.moj.thidua.common.signature;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configured trust list: the CA certificates (PEM or DER, one or several per file) that a signer's certificate
 * must chain to — in production the national root CAs of the sector's signing service (Ban Cơ yếu Chính phủ) and of
 * the licensed public CAs, as files the administrator puts in {@code thidua.signatures.trust-anchors} (a directory or
 * comma-separated files). Read at each check, so replacing a file needs no restart. None configured → every
 * signature is untrusted.
 */
@ApplicationScoped
public class TrustAnchors {

    @ConfigProperty(name = "thidua.signatures.trust-anchors")
    Optional<List<String>> locations;

    public List<X509Certificate> certificates() {
        List<X509Certificate> out = new ArrayList<>();
        for (String location : locations.orElse(List.of())) {
            Path path = Path.of(location.strip());
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    files.filter(Files::isRegularFile).sorted().forEach(f -> out.addAll(read(f)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(path)) {
                out.addAll(read(path));
            }
        }
        return out;
    }

    static List<X509Certificate> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return CertificateFactory.getInstance("X.509").generateCertificates(in).stream().map(X509Certificate.class::cast).toList();
        } catch (IOException | CertificateException e) {
            throw new IllegalStateException("trust anchor file " + file + " is not an X.509 certificate (PEM or DER)", e);
        }
    }
}
