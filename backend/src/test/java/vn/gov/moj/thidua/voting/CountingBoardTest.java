package vn.gov.moj.thidua.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.gov.moj.thidua.voting.VotingFixtures.base;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import vn.gov.moj.thidua.support.Tokens;
import vn.gov.moj.thidua.voting.crypto.BallotEncryptor;
import vn.gov.moj.thidua.voting.crypto.BallotRules;
import vn.gov.moj.thidua.voting.crypto.Ciphertext;
import vn.gov.moj.thidua.voting.crypto.DecryptionShare;
import vn.gov.moj.thidua.voting.crypto.KeyProof;
import vn.gov.moj.thidua.voting.crypto.Nonces;
import vn.gov.moj.thidua.voting.crypto.P256;
import vn.gov.moj.thidua.voting.crypto.Wire;

/**
 * The counting board end to end with the Java crypto playing three members' browsers: appointment, the key
 * ceremony (forged proof, wrong member, open before keys), ballots, decryption (before close, bad proof, wrong
 * member), the automatic count once the last member decrypted, and the bulletin's guardians and shares.
 */
@QuarkusTest
class CountingBoardTest {

    static final List<String> MEMBERS = List.of("kp.an", "kp.binh", "kp.chi");
    final UUID a = UUID.randomUUID();
    final UUID b = UUID.randomUUID();
    final UUID c = UUID.randomUUID();

    static RequestSpecification as(String user, String role) {
        return RestAssured.given().auth().oauth2(Tokens.token(user, role, null));
    }

    static RequestSpecification secretariat() {
        return Tokens.as("secretariat");
    }

    UUID session() {
        String body = "{\"purpose\":\"COUNCIL_REVIEW\",\"title\":\"Hội đồng xét (Ban kiểm phiếu)\",\"sessionDate\":\"2026-11-20\",\"mode\":\"ELECTRONIC\","
                + "\"encrypted\":true,\"rules\":{\"threshold\":\"1/2\",\"base\":\"VOTES_CAST\",\"seats\":2,\"maxChoices\":2},"
                + "\"candidates\":[{\"kind\":\"NOMINATION\",\"ref\":\"" + a + "\",\"label\":\"Hồ sơ A\"},{\"kind\":\"NOMINATION\",\"ref\":\"" + b
                + "\",\"label\":\"Hồ sơ B\"},{\"kind\":\"NOMINATION\",\"ref\":\"" + c + "\",\"label\":\"Hồ sơ C\"}],"
                + "\"electorate\":[{\"key\":\"kp.an\",\"label\":\"An\"},{\"key\":\"cb2\",\"label\":\"B\"},{\"key\":\"cb3\",\"label\":\"C\"},{\"key\":\"cb4\",\"label\":\"D\"}]}";
        return secretariat().contentType(ContentType.JSON).body(body).post("/api/v1/voting-sessions").then().statusCode(201).extract().jsonPath().getUUID("id");
    }

    static String etag(UUID id) {
        return secretariat().get(base(id)).then().statusCode(200).extract().header("ETag");
    }

    static JsonPath appoint(UUID id, List<String> users) {
        List<String> members = users.stream().map(u -> "{\"username\":\"" + u + "\",\"label\":\"Ông/Bà " + u + "\"}").toList();
        return secretariat().header("If-Match", etag(id)).contentType(ContentType.JSON).body("{\"members\":[" + String.join(",", members) + "]}")
                .put(base(id) + "/counting-board").then().statusCode(200).extract().jsonPath();
    }

    static Map<String, Object> key(UUID id, String guardianId, BigInteger secret) {
        KeyProof proof = KeyProof.create(id, guardianId, secret, Nonces.secure());
        return Map.of("publicKey", P256.pointHex(P256.mulG(secret)), "proof", Wire.write(proof));
    }

    @Test
    void threeMembersMakeKeysVotersVoteMembersDecryptAndTheTallyIsExact() throws IOException {
        UUID id = session();
        JsonPath board = appoint(id, MEMBERS);
        assertThat(board.getList("guardians.guardianId", String.class)).hasSize(4).first().isEqualTo("server");
        Map<String, String> guardianIds = new LinkedHashMap<>();
        for (String m : MEMBERS) {
            guardianIds.put(m, board.getString("guardians.find { it.username == '" + m + "' }.guardianId"));
        }
        // A member who is not a voter ("viewer" role) sees the draft and finds themself on the board.
        as("kp.chi", "viewer").get(base(id) + "/counting-board").then().statusCode(200)
                .body("callerGuardianId", equalTo(guardianIds.get("kp.chi"))).body("keysComplete", equalTo(false));
        as("kp.chi", "viewer").get(base(id)).then().statusCode(200);
        as("stranger", "viewer").get(base(id) + "/counting-board").then().statusCode(404);

        String present = "{\"present\":[\"kp.an\",\"cb2\",\"cb3\",\"cb4\"]}";
        secretariat().contentType(ContentType.JSON).body(present).post(base(id) + "/open").then().statusCode(409)
                .body("detail", containsString("chưa tạo khóa"));

        Map<String, BigInteger> secrets = new LinkedHashMap<>();
        for (String m : MEMBERS) {
            secrets.put(m, new BigInteger(250, new java.security.SecureRandom()).add(BigInteger.ONE));
        }
        String an = guardianIds.get("kp.an");
        // Forged: a proof made for another guardian id, and a proof for another key.
        as("kp.an", "council-member").contentType(ContentType.JSON).body(key(id, guardianIds.get("kp.binh"), secrets.get("kp.an")))
                .post(base(id) + "/counting-board/" + an + "/key").then().statusCode(400).body("errors[0].field", equalTo("proof"));
        Map<String, Object> forged = new LinkedHashMap<>(key(id, an, secrets.get("kp.an")));
        forged.put("publicKey", P256.pointHex(P256.mulG(BigInteger.TWO)));
        as("kp.an", "council-member").contentType(ContentType.JSON).body(forged).post(base(id) + "/counting-board/" + an + "/key").then().statusCode(400);
        // The wrong member.
        as("kp.binh", "council-member").contentType(ContentType.JSON).body(key(id, an, secrets.get("kp.an")))
                .post(base(id) + "/counting-board/" + an + "/key").then().statusCode(403);
        // A first key, replaced before the open.
        as("kp.an", "council-member").contentType(ContentType.JSON).body(key(id, an, BigInteger.valueOf(12345)))
                .post(base(id) + "/counting-board/" + an + "/key").then().statusCode(200);
        for (String m : MEMBERS) {
            as(m, "council-member").contentType(ContentType.JSON).body(key(id, guardianIds.get(m), secrets.get(m)))
                    .post(base(id) + "/counting-board/" + guardianIds.get(m) + "/key").then().statusCode(200);
        }
        as("kp.an", "council-member").get(base(id) + "/counting-board").then().body("keysComplete", equalTo(true));
        secretariat().contentType(ContentType.JSON).body(present).post(base(id) + "/open").then().statusCode(200);
        as("kp.an", "council-member").contentType(ContentType.JSON).body(key(id, an, secrets.get("kp.an")))
                .post(base(id) + "/counting-board/" + an + "/key").then().statusCode(409);
        secretariat().header("If-Match", etag(id)).contentType(ContentType.JSON).body("{\"members\":[]}").put(base(id) + "/counting-board")
                .then().statusCode(409);

        // The election key is the server's plus the three members'.
        JsonPath manifest = as("kp.an", "council-member").get(base(id) + "/election-key").then().statusCode(200).extract().jsonPath();
        ECPoint expected = P256.point(manifest.getString("guardians.find { it.id == 'server' }.publicKey"));
        for (BigInteger s : secrets.values()) {
            expected = expected.add(P256.mulG(s));
        }
        assertThat(manifest.getString("electionKey")).isEqualTo(P256.pointHex(expected.normalize()));

        // Choices per candidate (0 YES, 1 NO, 2 ABSTAIN): A gets 3 YES, B 2 YES, C 1 YES.
        cast(id, "kp.an", List.of(0, 0, 1));
        cast(id, "cb2", List.of(0, 1, 0));
        cast(id, "cb3", List.of(0, 0, 2));
        cast(id, "cb4", List.of(1, 2, 1));

        as("kp.an", "council-member").get(base(id) + "/encrypted-tally").then().statusCode(409);
        as("kp.an", "council-member").contentType(ContentType.JSON).body(Map.of("round", 1, "shares", List.of()))
                .post(base(id) + "/counting-board/" + an + "/decryptions").then().statusCode(409).body("detail", containsString("sau khi đóng"));
        secretariat().post(base(id) + "/close").then().statusCode(200);
        secretariat().post(base(id) + "/tally").then().statusCode(409).body("detail", containsString("0/3"));
        as("kp.an", "council-member").get(base(id) + "/counting-board").then().body("awaitingDecryption", equalTo(true));

        JsonPath totals = as("kp.an", "council-member").get(base(id) + "/encrypted-tally").then().statusCode(200)
                .body("ballots", equalTo(4)).body("totals", hasSize(9)).extract().jsonPath();
        // A bad proof (another member's secret under this member's id): 422, nothing stored.
        as("kp.an", "council-member").contentType(ContentType.JSON).body(decryptions(id, an, secrets.get("kp.binh"), totals))
                .post(base(id) + "/counting-board/" + an + "/decryptions").then().statusCode(422)
                .body("type", equalTo("/problems/bad-decryption")).body("detail", containsString("Chaum–Pedersen"));
        // One share missing.
        Map<String, Object> partial = decryptions(id, an, secrets.get("kp.an"), totals);
        partial.put("shares", ((List<?>) partial.get("shares")).subList(1, 9));
        as("kp.an", "council-member").contentType(ContentType.JSON).body(partial).post(base(id) + "/counting-board/" + an + "/decryptions")
                .then().statusCode(422);
        // The wrong member.
        as("kp.binh", "council-member").contentType(ContentType.JSON).body(decryptions(id, an, secrets.get("kp.an"), totals))
                .post(base(id) + "/counting-board/" + an + "/decryptions").then().statusCode(403);
        as("kp.an", "council-member").get(base(id) + "/counting-board").then().body("guardians.decrypted", equalTo(List.of(false, false, false, false)));

        for (String m : MEMBERS) {
            String g = guardianIds.get(m);
            as(m, "council-member").contentType(ContentType.JSON).body(decryptions(id, g, secrets.get(m), totals))
                    .post(base(id) + "/counting-board/" + g + "/decryptions").then().statusCode(200);
        }
        as("kp.an", "council-member").contentType(ContentType.JSON).body(decryptions(id, an, secrets.get("kp.an"), totals))
                .post(base(id) + "/counting-board/" + an + "/decryptions").then().statusCode(409);
        secretariat().get(base(id)).then().body("status", equalTo("TALLIED"));
        JsonPath result = secretariat().get(base(id) + "/result").then().statusCode(200).extract().jsonPath();
        assertThat(counts(result, a)).containsExactly(3L, 1L, 0L);
        assertThat(counts(result, b)).containsExactly(2L, 1L, 1L);
        assertThat(counts(result, c)).containsExactly(1L, 2L, 1L);

        secretariat().post(base(id) + "/publish").then().statusCode(200);
        byte[] bytes = as("viewer", "viewer").get(base(id) + "/bulletin").then().statusCode(200).extract().asByteArray();
        JsonPath bulletin = new JsonPath(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(bulletin.getList("guardians.id", String.class)).containsExactly("server", guardianIds.get("kp.an"), guardianIds.get("kp.binh"),
                guardianIds.get("kp.chi"));
        assertThat(bulletin.getList("tally.shares", List.class)).allMatch(s -> s.size() == 4);
        for (Map<String, Object> g : bulletin.<Map<String, Object>>getList("guardians")) {
            @SuppressWarnings("unchecked")
            Map<String, String> proof = (Map<String, String>) g.get("proof");
            assertThat(Wire.readKeyProof(new Wire.ProofJson(proof.get("c"), proof.get("v")))
                    .verify(id, (String) g.get("id"), P256.point((String) g.get("publicKey")))).isTrue();
        }
        // The verifier's fixture (tools/verify-election/test/fixtures) is this file; see its README.
        Path out = Path.of("target", "counting-board-bulletin.json");
        Files.createDirectories(out.getParent());
        Files.write(out, bytes);
    }

    @Test
    void appointmentIsForARunnerOfAnEncryptedDraftAndANewRoundAppointsTheSameMembersWithoutKeys() {
        UUID id = session();
        as("kp.an", "council-member").header("If-Match", "\"0\"").contentType(ContentType.JSON).body("{\"members\":[]}")
                .put(base(id) + "/counting-board").then().statusCode(403);
        secretariat().header("If-Match", etag(id)).contentType(ContentType.JSON)
                .body("{\"members\":[{\"username\":\"kp.an\",\"label\":\"A\"},{\"username\":\"kp.an\",\"label\":\"B\"}]}")
                .put(base(id) + "/counting-board").then().statusCode(400).body("errors[0].field", equalTo("members[1].username"));
        secretariat().header("If-Match", "\"999\"").contentType(ContentType.JSON).body("{\"members\":[]}").put(base(id) + "/counting-board")
                .then().statusCode(412);
        String kept = appoint(id, List.of("kp.an", "kp.binh")).getString("guardians[1].guardianId");
        as("kp.an", "council-member").contentType(ContentType.JSON).body(key(id, kept, BigInteger.valueOf(777)))
                .post(base(id) + "/counting-board/" + kept + "/key").then().statusCode(200);
        JsonPath again = appoint(id, List.of("kp.an"));
        assertThat(again.getString("guardians[1].guardianId")).isEqualTo(kept);
        assertThat(again.getString("guardians[1].publicKey")).isEqualTo(P256.pointHex(P256.mulG(BigInteger.valueOf(777))));
        assertThat(again.getList("guardians")).hasSize(2);
        as("kp.an", "council-member").contentType(ContentType.JSON).body(key(id, "not-a-guardian", BigInteger.TEN))
                .post(base(id) + "/counting-board/not-a-guardian/key").then().statusCode(404);

        UUID plain = VotingFixtures.clusterElection("");
        Tokens.as("cluster-lead", vn.gov.moj.thidua.support.DemoIds.CUC_DKGDBD_BTNN).get(base(plain) + "/counting-board").then().statusCode(409);
    }

    @Test
    void aSessionWithoutABoardStillTalliesWithTheServerShareAlone() {
        UUID id = session();
        secretariat().get(base(id) + "/counting-board").then().statusCode(200).body("guardians", hasSize(1))
                .body("callerGuardianId", nullValue()).body("keysComplete", equalTo(true));
        secretariat().contentType(ContentType.JSON).body("{\"present\":[\"kp.an\",\"cb2\",\"cb3\"]}").post(base(id) + "/open").then().statusCode(200);
        cast(id, "cb2", List.of(0, 1, 1));
        secretariat().post(base(id) + "/close").then().statusCode(200);
        secretariat().get(base(id) + "/encrypted-tally").then().statusCode(200).body("totals", hasSize(9));
        secretariat().post(base(id) + "/tally").then().statusCode(200);
        assertThat(counts(secretariat().get(base(id) + "/result").then().statusCode(200).extract().jsonPath(), a)).containsExactly(1L, 0L, 0L);
    }

    void cast(UUID id, String voter, List<Integer> choices) {
        JsonPath m = as(voter, "council-member").get(base(id) + "/election-key").then().statusCode(200).extract().jsonPath();
        BallotRules rules = new BallotRules(id, m.getInt("round"), P256.point(m.getString("electionKey")), m.getList("candidateRefs", String.class),
                m.getInt("maxChoices"), m.getBoolean("abstainAllowed"), m.getString("noYesFor"));
        as(voter, "council-member").contentType(ContentType.JSON).body(Wire.write(BallotEncryptor.encrypt(rules, choices, Nonces.secure())))
                .post(base(id) + "/encrypted-ballots").then().statusCode(201);
    }

    /** A member's browser: a partial decryption of every total with its proof, made with {@code secret}. */
    static Map<String, Object> decryptions(UUID id, String guardianId, BigInteger secret, JsonPath totals) {
        List<Map<String, Object>> shares = new ArrayList<>();
        for (Map<String, Object> t : totals.<Map<String, Object>>getList("totals")) {
            @SuppressWarnings("unchecked")
            Map<String, String> ct = (Map<String, String>) t.get("ciphertext");
            Ciphertext total = Wire.read(new Wire.CiphertextJson(ct.get("alpha"), ct.get("beta")));
            String label = t.get("candidateRef") + "/" + t.get("option");
            DecryptionShare share = DecryptionShare.create(new DecryptionShare.Context(id, totals.getInt("round"), label, guardianId), secret, total,
                    Nonces.secure());
            Wire.ShareJson json = Wire.write(share);
            shares.add(Map.of("candidateRef", t.get("candidateRef"), "option", t.get("option"), "share", json.share(), "proof", json.proof()));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("round", totals.getInt("round"));
        body.put("shares", shares);
        return body;
    }

    static List<Long> counts(JsonPath result, UUID ref) {
        String at = "tally.candidates.find { it.ref == '" + ref + "' }.";
        return List.of(result.getLong(at + "yes"), result.getLong(at + "no"), result.getLong(at + "abstain"));
    }
}
