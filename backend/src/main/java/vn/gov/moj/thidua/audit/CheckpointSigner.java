package vn.gov.moj.thidua.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;

/**
 * Signs and checks audit checkpoints with Ed25519 (BouncyCastle, already used for signed documents). The key is
 * derived from {@code thidua.audit.checkpoint-key}, a secret kept outside the database (environment / secret store):
 * the database's owner, who could rewrite the chain, cannot sign a matching checkpoint.
 */
@ApplicationScoped
public class CheckpointSigner {

    @ConfigProperty(name = "thidua.audit.checkpoint-key")
    Optional<String> secret;

    private volatile Ed25519PrivateKeyParameters key;

    public String sign(String text) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, key());
        byte[] message = text.getBytes(StandardCharsets.UTF_8);
        signer.update(message, 0, message.length);
        return Base64.getEncoder().encodeToString(signer.generateSignature());
    }

    /** True when the signature was made by this server's key over this text. */
    public boolean verify(String text, String signatureBase64) {
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(signatureBase64);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (signature.length != Ed25519PrivateKeyParameters.SIGNATURE_SIZE) {
            return false;
        }
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, key().generatePublicKey());
        byte[] message = text.getBytes(StandardCharsets.UTF_8);
        verifier.update(message, 0, message.length);
        return verifier.verifySignature(signature);
    }

    public String publicKey() {
        return Base64.getEncoder().encodeToString(key().generatePublicKey().getEncoded());
    }

    public String keyId() {
        Ed25519PublicKeyParameters publicKey = key().generatePublicKey();
        return HexFormat.of().formatHex(sha256(publicKey.getEncoded())).substring(0, 16);
    }

    private Ed25519PrivateKeyParameters key() {
        if (key == null) {
            String value = secret.filter(s -> s.strip().length() >= 32)
                    .orElseThrow(() -> ApiProblem.conflict(Text.of("audit.checkpoint.no-key")));
            // any secret of 32+ characters; its SHA-256 is the 32-byte Ed25519 seed
            key = new Ed25519PrivateKeyParameters(sha256(value.strip().getBytes(StandardCharsets.UTF_8)), 0);
        }
        return key;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
