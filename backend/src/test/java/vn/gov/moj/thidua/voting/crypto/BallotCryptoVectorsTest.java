package vn.gov.moj.thidua.voting.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * docs/ballot-crypto-vectors.json: fixed inputs (secrets, nonces) and the outputs this implementation computes from
 * them, for the browser's and the verifier's tests. This test recomputes every output from the file's inputs and
 * requires them equal; run with {@code -Dvectors.update=true} to rewrite the file.
 */
class BallotCryptoVectorsTest {

    static final Path FILE = Path.of(System.getProperty("vectors.file", "../docs/ballot-crypto-vectors.json"));
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final UUID SESSION = UUID.fromString("6f1c2a52-3d4e-4b7a-9c1d-2e3f4a5b6c7d");
    static final String MEMBER = "0b6f3c1e-8a2d-4e5f-9a7b-1c2d3e4f5a6b";
    static final String SERVER_SECRET = "thidua-test-vectors-server-secret";

    /** Records every nonce drawn, in order. */
    static final class Recording implements Nonces {
        final Nonces inner;
        final List<BigInteger> drawn = new ArrayList<>();

        Recording(Nonces inner) {
            this.inner = inner;
        }

        @Override
        public BigInteger next() {
            BigInteger n = inner.next();
            drawn.add(n);
            return n;
        }
    }

    @Test
    void the_file_matches_this_implementation() throws IOException {
        Map<String, Object> fresh = generate();
        String text = JSON.writeValueAsString(fresh) + "\n";
        if (Boolean.getBoolean("vectors.update")) {
            Files.writeString(FILE, text, StandardCharsets.UTF_8);
        }
        JsonNode file = JSON.readTree(Files.readString(FILE, StandardCharsets.UTF_8));
        assertThat(file).as("regenerate with -Dvectors.update=true").isEqualTo(JSON.readTree(text));
        verifyFromInputs(file);
    }

    /** Recomputes the outputs from the inputs written in the file, as the browser and the verifier should. */
    private static void verifyFromInputs(JsonNode f) {
        for (JsonNode h : f.get("hash")) {
            Hash hash = Hash.of(h.get("tag").asText());
            for (JsonNode part : h.get("parts")) {
                String kind = part.fieldNames().next();
                String value = part.get(kind).asText();
                switch (kind) {
                    case "text" -> hash.text(value);
                    case "point" -> hash.point(P256.point(value));
                    case "scalar" -> hash.scalar(P256.scalar(value));
                    default -> hash.integer(part.get(kind).asInt());
                }
            }
            byte[] digest = hash.digest();
            assertThat(P256.hex(digest)).isEqualTo(h.get("digest").asText());
            assertThat(P256.scalarHex(new BigInteger(1, digest).mod(P256.N))).isEqualTo(h.get("challenge").asText());
        }
        JsonNode s = f.get("serverShare");
        BigInteger server = ServerShare.derive(s.get("configuredSecret").asText().getBytes(StandardCharsets.UTF_8), UUID.fromString(s.get("sessionId").asText()));
        assertThat(P256.scalarHex(server)).isEqualTo(s.get("secret").asText());
        for (JsonNode g : f.get("guardians")) {
            BigInteger secret = P256.scalar(g.get("secret").asText());
            KeyProof proof = KeyProof.create(SESSION, g.get("guardianId").asText(), secret, () -> P256.scalar(g.get("u").asText()));
            assertThat(P256.pointHex(P256.mulG(secret))).isEqualTo(g.get("publicKey").asText());
            assertThat(Wire.write(proof).c()).isEqualTo(g.get("proof").get("c").asText());
            assertThat(proof.verify(SESSION, g.get("guardianId").asText(), P256.point(g.get("publicKey").asText()))).isTrue();
        }
        for (JsonNode r : f.get("rangeProofs")) {
            ECPoint key = P256.point(r.get("key").asText());
            Ciphertext ct = Ciphertext.encrypt(key, r.get("m").asInt(), P256.scalar(r.get("r").asText()));
            assertThat(Wire.write(ct)).isEqualTo(new Wire.CiphertextJson(r.get("ciphertext").get("alpha").asText(), r.get("ciphertext").get("beta").asText()));
            Statement st = new Statement(UUID.fromString(r.get("sessionId").asText()), r.get("round").asInt(), r.get("label").asText(), key, ct);
            RangeProof proof = RangeProof.create(st, r.get("lo").asInt(), r.get("hi").asInt(), r.get("m").asInt(), P256.scalar(r.get("r").asText()),
                    P256.scalar(r.get("u").asText()), scalars(r.get("simulatedC")), scalars(r.get("simulatedV")));
            assertThat(Wire.write(proof).c()).isEqualTo(texts(r.get("proof").get("c")));
            assertThat(Wire.write(proof).v()).isEqualTo(texts(r.get("proof").get("v")));
            assertThat(proof.verify(st, r.get("lo").asInt(), r.get("hi").asInt())).isTrue();
        }
        JsonNode b = f.get("ballot");
        BallotRules rules = rules(b.get("rules"));
        List<BigInteger> drawn = scalars(b.get("nonces"));
        int[] k = {0};
        EncryptedBallot ballot = BallotEncryptor.encrypt(rules, choices(b.get("choices")), () -> drawn.get(k[0]++));
        assertThat((JsonNode) JSON.valueToTree(Wire.write(ballot))).isEqualTo(b.get("ballot"));
        assertThat(Tracker.of(ballot)).isEqualTo(b.get("tracker").asText());
        assertThat(BallotVerifier.check(ballot, rules)).isEmpty();

        JsonNode e = f.get("encryption");
        assertThat((JsonNode) JSON.valueToTree(Wire.write(Ciphertext.encrypt(P256.point(e.get("key").asText()), e.get("m").asInt(),
                P256.scalar(e.get("r").asText()))))).isEqualTo(e.get("ciphertext"));

        JsonNode d = f.get("partialDecryption");
        ECPoint key = P256.point(d.get("electionKey").asText());
        Ciphertext total = null;
        for (JsonNode x : d.get("encryptions")) {
            Ciphertext ct = Ciphertext.encrypt(key, x.get("m").asInt(), P256.scalar(x.get("r").asText()));
            total = total == null ? ct : total.add(ct);
        }
        assertThat((JsonNode) JSON.valueToTree(Wire.write(total))).isEqualTo(d.get("total"));
        List<ECPoint> shares = new ArrayList<>();
        for (JsonNode x : d.get("shares")) {
            String id = x.get("guardianId").asText();
            JsonNode g = null;
            for (JsonNode candidate : f.get("guardians")) {
                g = candidate.get("guardianId").asText().equals(id) ? candidate : g;
            }
            DecryptionShare.Context ctx = new DecryptionShare.Context(UUID.fromString(d.get("sessionId").asText()), d.get("round").asInt(), d.get("label").asText(), id);
            DecryptionShare share = DecryptionShare.create(ctx, P256.scalar(g.get("secret").asText()), total, () -> P256.scalar(x.get("u").asText()));
            assertThat((JsonNode) JSON.valueToTree(Wire.write(share))).isEqualTo(x.get("share"));
            assertThat(Wire.read(Wire.write(share)).verify(ctx, P256.point(g.get("publicKey").asText()), total)).isTrue();
            shares.add(share.share());
        }
        assertThat(DiscreteLog.decrypt(total, shares, 3)).hasValue(d.get("count").asLong());
    }

    private static Map<String, Object> generate() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("format", "thidua-ballot-crypto-vectors/1");
        out.put("about", List.of(
                "Test vectors for docs/ballot-crypto.md, written by backend BallotCryptoVectorsTest (-Dvectors.update=true).",
                "Every secret and nonce is given; an implementation fed the same values must produce the same outputs byte for byte.",
                "Nonces were made with H('thidua/test-nonce/v1', seed, k) mod n (k = 0, 1, ...); that derivation is only for these vectors.",
                "rangeProofs: simulatedC / simulatedV are indexed lo..hi with null at m; u is the real branch's nonce.",
                "ballot.nonces: in the order drawn: per candidate, per option YES, NO, ABSTAIN: r, then that selection's range proof",
                "  (for each j != m ascending: c_j then v_j; then u); then the candidate's SUM proof (same order, nonce = sum of its r);",
                "  after all candidates the YES-TOTAL proof (nonce = sum of the YES r). choices: the option marked per candidate.",
                "partialDecryption: total = sum of the listed encryptions under electionKey; each guardian's share with its u."));
        out.put("hash", hashes());
        Nonces seeds = Nonces.fixed("vectors");
        BigInteger server = ServerShare.derive(SERVER_SECRET.getBytes(StandardCharsets.UTF_8), SESSION);
        out.put("serverShare", ordered("configuredSecret", SERVER_SECRET, "sessionId", SESSION.toString(), "secret", P256.scalarHex(server),
                "publicKey", P256.pointHex(P256.mulG(server))));
        BigInteger member = seeds.next();
        List<Map<String, Object>> guardians = new ArrayList<>();
        guardians.add(guardian("server", server, seeds.next()));
        guardians.add(guardian(MEMBER, member, seeds.next()));
        out.put("guardians", guardians);
        ECPoint key = P256.mulG(server).add(P256.mulG(member)).normalize();
        out.put("electionKey", P256.pointHex(key));
        BigInteger r = seeds.next();
        out.put("encryption", ordered("key", P256.pointHex(key), "m", 1, "r", P256.scalarHex(r), "ciphertext", Wire.write(Ciphertext.encrypt(key, 1, r))));
        out.put("rangeProofs", List.of(range(key, "c1/YES", 0, 1, 0, seeds), range(key, "c1/NO", 0, 1, 1, seeds),
                range(key, "c1/SUM", 1, 1, 1, seeds), range(key, "YES-TOTAL", 0, 2, 2, seeds), range(key, "YES-TOTAL", 0, 2, 0, seeds)));
        out.put("ballot", ballot(key));
        out.put("partialDecryption", decryption(key, server, member, seeds));
        return out;
    }

    private static List<Map<String, Object>> hashes() {
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(hash("thidua/example/v1", List.of()));
        out.add(hash("thidua/example/v1", List.of(Map.of("text", "Bầu Cụm III"), Map.of("integer", 1), Map.of("integer", 65536),
                Map.of("point", P256.pointHex(P256.G)), Map.of("scalar", P256.scalarHex(BigInteger.TWO)), Map.of("text", ""))));
        return out;
    }

    private static Map<String, Object> hash(String tag, List<Map<String, Object>> parts) {
        Hash h = Hash.of(tag);
        for (Map<String, Object> part : parts) {
            Object v = part.values().iterator().next();
            switch (part.keySet().iterator().next()) {
                case "text" -> h.text((String) v);
                case "point" -> h.point(P256.point((String) v));
                case "scalar" -> h.scalar(P256.scalar((String) v));
                default -> h.integer((Integer) v);
            }
        }
        byte[] digest = h.digest();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("tag", tag);
        out.put("parts", parts);
        out.put("digest", P256.hex(digest));
        out.put("challenge", P256.scalarHex(new BigInteger(1, digest).mod(P256.N)));
        return out;
    }

    private static Map<String, Object> guardian(String id, BigInteger secret, BigInteger u) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sessionId", SESSION.toString());
        out.put("guardianId", id);
        out.put("secret", P256.scalarHex(secret));
        out.put("u", P256.scalarHex(u));
        out.put("publicKey", P256.pointHex(P256.mulG(secret)));
        out.put("proof", Wire.write(KeyProof.create(SESSION, id, secret, () -> u)));
        return out;
    }

    private static Map<String, Object> range(ECPoint key, String label, int lo, int hi, int m, Nonces seeds) {
        BigInteger r = seeds.next();
        Ciphertext ct = Ciphertext.encrypt(key, m, r);
        Statement st = new Statement(SESSION, 1, label, key, ct);
        List<BigInteger> cs = new ArrayList<>();
        List<BigInteger> vs = new ArrayList<>();
        for (int j = lo; j <= hi; j++) {
            cs.add(j == m ? null : seeds.next());
            vs.add(j == m ? null : seeds.next());
        }
        BigInteger u = seeds.next();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sessionId", SESSION.toString());
        out.put("round", 1);
        out.put("label", label);
        out.put("key", P256.pointHex(key));
        out.put("lo", lo);
        out.put("hi", hi);
        out.put("m", m);
        out.put("r", P256.scalarHex(r));
        out.put("u", P256.scalarHex(u));
        out.put("simulatedC", cs.stream().map(x -> x == null ? null : P256.scalarHex(x)).toList());
        out.put("simulatedV", vs.stream().map(x -> x == null ? null : P256.scalarHex(x)).toList());
        out.put("ciphertext", Wire.write(ct));
        out.put("proof", Wire.write(RangeProof.create(st, lo, hi, m, r, u, cs, vs)));
        return out;
    }

    private static Map<String, Object> ballot(ECPoint key) {
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("sessionId", SESSION.toString());
        rules.put("round", 1);
        rules.put("electionKey", P256.pointHex(key));
        rules.put("candidateRefs", List.of("1d4b1a70-0000-4000-8000-000000000001", "1d4b1a70-0000-4000-8000-000000000002"));
        rules.put("maxChoices", 1);
        rules.put("abstainAllowed", true);
        Recording nonces = new Recording(Nonces.fixed("ballot"));
        List<String> choices = List.of("YES", "ABSTAIN");
        EncryptedBallot ballot = BallotEncryptor.encrypt(rules(JSON.valueToTree(rules)), choices(JSON.valueToTree(choices)), nonces);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rules", rules);
        out.put("choices", choices);
        out.put("nonces", nonces.drawn.stream().map(P256::scalarHex).toList());
        out.put("ballot", Wire.write(ballot));
        out.put("tracker", Tracker.of(ballot));
        return out;
    }

    private static Map<String, Object> decryption(ECPoint key, BigInteger server, BigInteger member, Nonces seeds) {
        List<Map<String, Object>> encryptions = new ArrayList<>();
        Ciphertext total = null;
        for (int m : new int[] {1, 0, 1}) {
            BigInteger r = seeds.next();
            Ciphertext ct = Ciphertext.encrypt(key, m, r);
            total = total == null ? ct : total.add(ct);
            encryptions.add(ordered("m", m, "r", P256.scalarHex(r)));
        }
        String label = "1d4b1a70-0000-4000-8000-000000000001/YES";
        List<Map<String, Object>> shares = new ArrayList<>();
        List<ECPoint> ms = new ArrayList<>();
        for (Object[] g : new Object[][] {{"server", server}, {MEMBER, member}}) {
            BigInteger u = seeds.next();
            DecryptionShare share = DecryptionShare.create(new DecryptionShare.Context(SESSION, 1, label, (String) g[0]), (BigInteger) g[1], total, () -> u);
            ms.add(share.share());
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("guardianId", g[0]);
            one.put("u", P256.scalarHex(u));
            one.put("share", share.share() == null ? null : Wire.write(share));
            shares.add(one);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sessionId", SESSION.toString());
        out.put("round", 1);
        out.put("label", label);
        out.put("electionKey", P256.pointHex(key));
        out.put("encryptions", encryptions);
        out.put("total", Wire.write(total));
        out.put("shares", shares);
        out.put("count", DiscreteLog.decrypt(total, ms, 3).orElseThrow());
        return out;
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    private static BallotRules rules(JsonNode r) {
        List<String> refs = new ArrayList<>();
        r.get("candidateRefs").forEach(x -> refs.add(x.asText()));
        return new BallotRules(UUID.fromString(r.get("sessionId").asText()), r.get("round").asInt(), P256.point(r.get("electionKey").asText()), refs,
                r.get("maxChoices").asInt(), r.get("abstainAllowed").asBoolean());
    }

    private static List<Integer> choices(JsonNode node) {
        List<Integer> out = new ArrayList<>();
        node.forEach(x -> out.add(EncryptedBallot.OPTIONS.indexOf(x.asText())));
        return out;
    }

    private static List<BigInteger> scalars(JsonNode node) {
        List<BigInteger> out = new ArrayList<>();
        node.forEach(x -> out.add(x.isNull() ? null : P256.scalar(x.asText())));
        return out;
    }

    private static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(x -> out.add(x.asText()));
        return out;
    }
}
