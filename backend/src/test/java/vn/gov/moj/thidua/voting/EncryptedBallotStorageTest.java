package vn.gov.moj.thidua.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.moj.thidua.voting.VotingFixtures.CUM_III_2026;
import static vn.gov.moj.thidua.voting.VotingFixtures.base;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.EmbeddedPostgresResource;
import vn.gov.moj.thidua.support.Tokens;
import vn.gov.moj.thidua.voting.crypto.BallotEncryptor;
import vn.gov.moj.thidua.voting.crypto.BallotRules;
import vn.gov.moj.thidua.voting.crypto.BallotVerifier;
import vn.gov.moj.thidua.voting.crypto.EncryptedBallot;
import vn.gov.moj.thidua.voting.crypto.Nonces;
import vn.gov.moj.thidua.voting.crypto.P256;
import vn.gov.moj.thidua.voting.crypto.Wire;

/**
 * The attacker with the database files (issue 16): ballots with known choices are cast encrypted, the database is
 * checkpointed, and every file of its data directory (tables, WAL) and the application log are read as raw bytes.
 * No voter's choices can be found there, the tally is still exact, and the same scan finds a planted plaintext ballot.
 */
@QuarkusTest
class EncryptedBallotStorageTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final UUID HEAD = DemoIds.CUC_DKGDBD_BTNN;

    @Test
    void theDatabaseFilesHoldNoChoiceAndTheTallyIsExact() throws Exception {
        UUID id = VotingFixtures.clusterElection(",\"encrypted\":true");
        VotingFixtures.open(id, CUM_III_2026);
        // Each voter's known marks, by candidate; every one holds an ABSTAIN so no plaintext ballot of another test matches.
        Map<UUID, Map<UUID, String>> marks = new LinkedHashMap<>();
        marks.put(DemoIds.CUC_HCTP, marks(Map.of(HEAD, "YES", VotingFixtures.VU_HTQT, "ABSTAIN")));
        marks.put(DemoIds.CUC_PBGDPL_TGPL, marks(Map.of(HEAD, "YES", VotingFixtures.CUC_QLTHADS, "ABSTAIN", DemoIds.CUC_HCTP, "ABSTAIN")));
        marks.put(VotingFixtures.CUC_BTTP, marks(Map.of(DemoIds.CUC_HCTP, "ABSTAIN")));
        marks.put(VotingFixtures.VU_HTQT, marks(Map.of(HEAD, "YES", VotingFixtures.CUC_BTTP, "ABSTAIN", VotingFixtures.CUC_QLTHADS, "ABSTAIN")));

        List<String> trackers = new ArrayList<>();
        Wire.BallotJson firstBallot = null;
        for (Map.Entry<UUID, Map<UUID, String>> voter : marks.entrySet()) {
            Wire.BallotJson ballot = encrypt(id, voter.getKey(), voter.getValue());
            firstBallot = firstBallot == null ? ballot : firstBallot;
            Response r = cast(id, voter.getKey(), ballot);
            r.then().statusCode(201);
            trackers.add(r.jsonPath().getString("receiptCode"));
        }
        // refused, nothing stored: voting twice, copying another's ballot, a tampered proof, the plaintext endpoint
        cast(id, DemoIds.CUC_HCTP, encrypt(id, DemoIds.CUC_HCTP, marks.get(DemoIds.CUC_HCTP))).then().statusCode(409);
        // a copied ballot lacks the copier's own no-self-vote proof (it cannot be made without the copied ballot's nonces)
        cast(id, HEAD, firstBallot).then().statusCode(400).body("detail", org.hamcrest.Matchers.containsString("không bỏ phiếu đồng ý cho chính mình"));
        Wire.BallotJson tampered = tamper(encrypt(id, HEAD, marks(Map.of(VotingFixtures.CUC_BTTP, "YES"))));
        cast(id, HEAD, tampered).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].message", org.hamcrest.Matchers.containsString("bằng chứng"));
        VotingFixtures.castAsHead(id, HEAD, VotingFixtures.ballot(CUM_III_2026, List.of(VotingFixtures.CUC_BTTP))).then().statusCode(409);

        try (Connection c = EmbeddedPostgresResource.superuserConnection()) {
            assertThat(columns(c, "vote_encrypted_ballot")).containsExactlyInAnyOrder("id", "session_id", "round", "tracker", "ballot");
            assertThat(count(c, "SELECT count(*) FROM vote_ballot WHERE session_id = '" + id + "'")).isZero();
            assertThat(count(c, "SELECT count(*) FROM vote_encrypted_ballot WHERE session_id = '" + id + "'")).isEqualTo(4);
            assertThat(count(c, "SELECT count(*) FROM vote_encrypted_ballot WHERE ballot LIKE '%noSelfYesProof%'")).isZero();
            assertThat(count(c, "SELECT count(*) FROM rate_limit_window WHERE bucket LIKE 'ballot:%' AND bucket LIKE '%unit-head%'")).isZero();
        }
        VotingFixtures.lead(id, "close");
        try (Connection c = EmbeddedPostgresResource.superuserConnection()) {
            assertThat(count(c, "SELECT count(*) FROM rate_limit_window WHERE bucket LIKE 'ballot:" + id + ":%'")).isZero();
        }

        List<String> secrets = new ArrayList<>();
        marks.values().forEach(m -> secrets.addAll(plaintextForms(m)));
        Map<String, Integer> found = scan(secrets);
        assertThat(found).as("plaintext choices found in the database files or the log").isEmpty();

        VotingFixtures.lead(id, "tally");
        VotingFixtures.lead(id, "publish");
        JsonPath result = Tokens.as("unit-head", DemoIds.CUC_HCTP).get(base(id) + "/result").then().statusCode(200).extract().jsonPath();
        for (UUID candidate : CUM_III_2026) {
            Map<String, Object> row = result.getMap("tally.candidates.find { it.ref == '" + candidate + "' }");
            for (String option : List.of("YES", "NO", "ABSTAIN")) {
                long expected = marks.values().stream().filter(m -> m.get(candidate).equals(option)).count();
                assertThat(((Number) row.get(option.equals("NO") ? "no" : option.toLowerCase())).longValue()).as(candidate + " " + option).isEqualTo(expected);
            }
        }
        assertThat(result.getList("receiptCodes", String.class)).containsExactlyInAnyOrderElementsOf(trackers);
        assertThat(result.getBoolean("encrypted")).isTrue();

        byte[] bulletin = Tokens.as("unit-head", DemoIds.CUC_HCTP).get(base(id) + "/bulletin").then().statusCode(200).extract().asByteArray();
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bulletin))).isEqualTo(result.getString("bulletinSha256"));
        assertThat(Tokens.as("unit-head", DemoIds.CUC_HCTP).get(base(id) + "/bulletin").then().extract().asByteArray()).isEqualTo(bulletin);
        JsonNode b = JSON.readTree(bulletin);
        assertThat(b.get("format").asText()).isEqualTo("thidua-bulletin/1");
        assertThat(b.get("ballots")).hasSize(4);
        List<String> refs = new ArrayList<>();
        b.get("candidates").forEach(x -> refs.add(x.get("ref").asText()));
        BallotRules publicRules = new BallotRules(id, 1, P256.point(b.get("electionKey").asText()), refs, b.get("rules").get("maxChoices").asInt(),
                b.get("rules").get("abstainAllowed").asBoolean());
        for (JsonNode entry : b.get("ballots")) {
            EncryptedBallot ballot = Wire.read(JSON.treeToValue(entry.get("ballot"), Wire.BallotJson.class));
            assertThat(BallotVerifier.check(ballot, publicRules)).isEmpty();
            assertThat(trackers).contains(entry.get("tracker").asText());
        }
        String pdfText = new String(Tokens.as("unit-head", DemoIds.CUC_HCTP).get(base(id) + "/minutes").then().statusCode(200).extract().asByteArray(),
                StandardCharsets.ISO_8859_1);
        assertThat(pdfText).startsWith("%PDF");
    }

    @Test
    void theSameScanFindsAPlantedPlaintextBallot() throws Exception {
        UUID id = VotingFixtures.clusterElection("");
        VotingFixtures.open(id, CUM_III_2026);
        Map<UUID, String> planted = marks(Map.of(HEAD, "YES", VotingFixtures.CUC_BTTP, "ABSTAIN", VotingFixtures.VU_HTQT, "ABSTAIN",
                VotingFixtures.CUC_QLTHADS, "ABSTAIN"));
        List<String> marksJson = new ArrayList<>();
        planted.forEach((k, v) -> marksJson.add("{\"candidateRef\":\"" + k + "\",\"choice\":\"" + v + "\"}"));
        VotingFixtures.castAsHead(id, DemoIds.CUC_HCTP, "{\"choices\":[" + String.join(",", marksJson) + "]}").then().statusCode(201);
        assertThat(scan(plaintextForms(planted))).isNotEmpty();
    }

    /** The marks for every Cụm III candidate: the given ones, NO for the rest. */
    static Map<UUID, String> marks(Map<UUID, String> given) {
        Map<UUID, String> all = new LinkedHashMap<>();
        CUM_III_2026.forEach(c -> all.put(c, given.getOrDefault(c, "NO")));
        return all;
    }

    /**
     * How a plaintext ballot looks in the files: a jsonb document keeps its (sorted) keys and then its values one after
     * the other, so the marks in candidate-ref order appear as one run ("YESNOABSTAIN…"); as JSON text, "ref":"YES".
     */
    static List<String> plaintextForms(Map<UUID, String> marks) {
        TreeMap<String, String> sorted = new TreeMap<>();
        marks.forEach((k, v) -> sorted.put(k.toString(), v));
        List<String> forms = new ArrayList<>();
        forms.add(String.join("", sorted.values()));
        sorted.forEach((k, v) -> {
            if (!v.equals("NO")) {
                forms.add("\"" + k + "\":\"" + v + "\"");
                forms.add("\"" + k + "\": \"" + v + "\"");
            }
        });
        return forms;
    }

    /** Checkpoints, then reads every file of the data directory and the application log; returns what was found where. */
    static Map<String, Integer> scan(List<String> needles) throws Exception {
        Path dataDir;
        try (Connection c = EmbeddedPostgresResource.superuserConnection()) {
            c.createStatement().execute("CHECKPOINT");
            ResultSet rs = c.createStatement().executeQuery("SHOW data_directory");
            rs.next();
            dataDir = Path.of(rs.getString(1));
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dataDir)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        Path log = Path.of("target/quarkus-test.log");
        assertThat(log).exists();
        files.add(log);
        assertThat(files.stream().anyMatch(p -> p.toString().contains("pg_wal"))).isTrue();
        Map<String, Integer> found = new TreeMap<>();
        for (Path file : files) {
            String bytes;
            try {
                bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            } catch (IOException e) {
                continue; // a file removed while walking (a recycled WAL segment)
            }
            for (String needle : needles) {
                if (bytes.contains(needle)) {
                    found.merge(file.getFileName() + ": " + needle, 1, Integer::sum);
                }
            }
        }
        return found;
    }

    private static Wire.BallotJson encrypt(UUID session, UUID voter, Map<UUID, String> marks) {
        JsonPath manifest = Tokens.as("unit-head", voter).get(base(session) + "/election-key").then().statusCode(200).extract().jsonPath();
        List<String> refs = manifest.getList("candidateRefs", String.class);
        BallotRules rules = new BallotRules(session, manifest.getInt("round"), P256.point(manifest.getString("electionKey")), refs,
                manifest.getInt("maxChoices"), manifest.getBoolean("abstainAllowed"), manifest.getString("noYesFor"));
        List<Integer> choices = refs.stream().map(r -> EncryptedBallot.OPTIONS.indexOf(marks.get(UUID.fromString(r)))).toList();
        return Wire.write(BallotEncryptor.encrypt(rules, choices, Nonces.secure()));
    }

    private static Response cast(UUID session, UUID voter, Wire.BallotJson ballot) {
        return Tokens.as("unit-head", voter).contentType(ContentType.JSON).body(ballot).post(base(session) + "/encrypted-ballots");
    }

    /** Changes one response of the first selection's proof. */
    private static Wire.BallotJson tamper(Wire.BallotJson ballot) {
        Wire.CandidateJson first = ballot.candidates().get(0);
        Wire.SelectionJson yes = first.selections().get("YES");
        List<String> v = new ArrayList<>(yes.proof().v());
        v.set(0, P256.scalarHex(P256.scalar(v.get(0)).add(java.math.BigInteger.ONE)));
        Map<String, Wire.SelectionJson> selections = new LinkedHashMap<>(first.selections());
        selections.put("YES", new Wire.SelectionJson(yes.ciphertext(), new Wire.RangeProofJson(0, 1, yes.proof().c(), v)));
        List<Wire.CandidateJson> candidates = new ArrayList<>(ballot.candidates());
        candidates.set(0, new Wire.CandidateJson(first.candidateRef(), selections, first.sumProof()));
        return new Wire.BallotJson(ballot.sessionId(), ballot.round(), candidates, ballot.yesTotalProof(), ballot.noSelfYesProof());
    }

    private static List<String> columns(Connection c, String table) throws Exception {
        List<String> out = new ArrayList<>();
        ResultSet rs = c.createStatement().executeQuery("SELECT column_name FROM information_schema.columns WHERE table_name = '" + table + "'");
        while (rs.next()) {
            out.add(rs.getString(1));
        }
        return out;
    }

    private static long count(Connection c, String sql) throws Exception {
        ResultSet rs = c.createStatement().executeQuery(sql);
        rs.next();
        return rs.getLong(1);
    }
}
