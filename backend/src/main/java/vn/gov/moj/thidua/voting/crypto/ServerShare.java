package vn.gov.moj.thidua.voting.crypto;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * The server guardian's secret for one session: HKDF-SHA256 (salt empty, ikm the configured secret, info
 * {@code "thidua/server-share/v1" ‖ sessionId}), 48 bytes big-endian mod n. Never stored; re-derived when needed.
 */
public final class ServerShare {

    public static final String GUARDIAN_ID = "server";

    private ServerShare() {
    }

    public static BigInteger derive(byte[] configuredSecret, UUID sessionId) {
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        byte[] info = ("thidua/server-share/v1" + sessionId).getBytes(StandardCharsets.UTF_8);
        hkdf.init(new HKDFParameters(configuredSecret, new byte[0], info));
        byte[] out = new byte[48];
        hkdf.generateBytes(out, 0, out.length);
        BigInteger s = new BigInteger(1, out).mod(P256.N);
        if (s.signum() == 0) {
            throw new IllegalStateException("server share is zero");
        }
        return s;
    }
}
