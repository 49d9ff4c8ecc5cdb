package vn.gov.moj.thidua.voting.crypto;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.math.ec.ECPoint;

/**
 * {@code H(tag, part1, …)} of docs/ballot-crypto.md: SHA-256 over each part prefixed by its 4-byte big-endian
 * length; strings UTF-8, points 33 bytes, scalars 32 bytes, integers 4 bytes. A challenge is the digest mod n.
 */
public final class Hash {

    private final SHA256Digest digest = new SHA256Digest();

    private Hash() {
    }

    public static Hash of(String tag) {
        return new Hash().text(tag);
    }

    public Hash bytes(byte[] part) {
        byte[] len = ByteBuffer.allocate(4).putInt(part.length).array();
        digest.update(len, 0, 4);
        digest.update(part, 0, part.length);
        return this;
    }

    public Hash text(String part) {
        return bytes(part.getBytes(StandardCharsets.UTF_8));
    }

    public Hash point(ECPoint part) {
        return bytes(P256.pointBytes(part));
    }

    public Hash scalar(BigInteger part) {
        return bytes(P256.scalarBytes(part));
    }

    public Hash integer(int part) {
        return bytes(ByteBuffer.allocate(4).putInt(part).array());
    }

    public byte[] digest() {
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        return out;
    }

    public BigInteger challenge() {
        return new BigInteger(1, digest()).mod(P256.N);
    }
}
