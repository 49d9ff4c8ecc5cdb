package vn.gov.moj.thidua.voting;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.voting.crypto.ServerShare;

/**
 * The server's key holder: its share of each session's election key, derived from {@code thidua.voting.server-secret}
 * (configuration, never a table or a log) and never stored; and keyed pseudonyms that name no one without that secret.
 */
@ApplicationScoped
public class ServerGuardian {

    @ConfigProperty(name = "thidua.voting.server-secret")
    Optional<String> secret;

    public boolean configured() {
        return secret.filter(s -> !s.isBlank()).isPresent();
    }

    /** The server's secret share for the session. */
    public BigInteger share(UUID sessionId) {
        return ServerShare.derive(secretBytes(), sessionId);
    }

    /** HMAC-SHA256 of {@code scope ‖ name} under the secret, 24 hex: stable, but names no one without the secret. */
    public String pseudonym(String scope, String name) {
        HMac mac = new HMac(new SHA256Digest());
        mac.init(new KeyParameter(configured() ? secretBytes() : new byte[32]));
        byte[] in = ("thidua/pseudonym/v1|" + scope + "|" + name).getBytes(StandardCharsets.UTF_8);
        mac.update(in, 0, in.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return HexFormat.of().formatHex(out, 0, 12);
    }

    private byte[] secretBytes() {
        return secret.filter(s -> !s.isBlank()).orElseThrow(() -> ApiProblem.conflict(Text.of("voting.encrypted.no-server-secret")))
                .getBytes(StandardCharsets.UTF_8);
    }
}
