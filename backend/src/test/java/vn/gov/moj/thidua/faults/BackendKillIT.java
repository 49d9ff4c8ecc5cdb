package vn.gov.moj.thidua.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.jwt.build.Jwt;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.gov.moj.thidua.support.DemoIds;

/**
 * Issue 8: the backend is killed with SIGKILL in the middle of casting and scoring. The real backend (the fast-jar
 * built by {@code package}) runs as a separate OS process against a real PostgreSQL started here; tokens are signed with
 * a key generated here and verified by the backend through {@code quarkus.oidc.public-key} (no Keycloak, no WireMock).
 * Concurrent ballot casts and score-sheet saves run until a share of them is acknowledged, then the process is killed
 * with SIGKILL ({@link Process#destroyForcibly()}) while requests are in flight. After a restart on the same database:
 * every acknowledged (2xx) ballot and score save is there, nothing is half-written (participations equal ballots, each
 * sheet holds exactly one save's entries), and the audit chain verifies. Runs with {@code -Pfaults} (failsafe).
 */
@Tag("faults")
class BackendKillIT {

    private static final String ISSUER = "https://server.example.com";
    private static final int VOTERS = 400;
    private static final int SHEETS = 8;
    /** SIGKILL once this many ballots are acknowledged (a share of the load, not a time). */
    private static final int KILL_AFTER_BALLOTS = 120;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Process> started = new ArrayList<>();
    private EmbeddedPostgres postgres;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private KeyPair keys;
    private String base;

    @AfterEach
    void stopEverything() throws IOException {
        for (Process p : started) {
            if (p.isAlive()) {
                p.destroyForcibly();
                try {
                    p.waitFor(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void afterSigkillMidLoadEveryAcknowledgedBallotAndScoreIsThereAndNothingIsHalfWritten() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE thidua LOGIN PASSWORD 'thidua'");
            s.execute("CREATE ROLE thidua_app LOGIN PASSWORD 'thidua_app'"); // the backend's own role (docs/audit.md)
            s.execute("CREATE DATABASE thidua OWNER thidua");
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        int port = freePort();
        base = "http://127.0.0.1:" + port;

        Process first = startBackend(port, "first");

        // --- a council vote with VOTERS members, all present; SHEETS units each with an open score sheet ---
        UUID candidateA = UUID.randomUUID();
        UUID candidateB = UUID.randomUUID();
        String electorate = IntStream.range(0, VOTERS).mapToObj(i -> "{\"key\":\"kill." + i + "\",\"label\":\"Thành viên " + i + "\"}")
                .collect(Collectors.joining(","));
        UUID session = UUID.fromString(send("POST", "/api/v1/voting-sessions", token("secretariat", "secretariat", DemoIds.VU_TCCB), null,
                "{\"purpose\":\"COUNCIL_REVIEW\",\"title\":\"Biểu quyết khi máy chủ bị tắt\",\"sessionDate\":\"2026-11-20\","
                        + "\"candidates\":[{\"kind\":\"NOMINATION\",\"ref\":\"" + candidateA + "\",\"label\":\"Hồ sơ A\"},"
                        + "{\"kind\":\"NOMINATION\",\"ref\":\"" + candidateB + "\",\"label\":\"Hồ sơ B\"}],\"electorate\":[" + electorate + "]}",
                201).get("id").asText());
        String present = IntStream.range(0, VOTERS).mapToObj(i -> "\"kill." + i + "\"").collect(Collectors.joining(","));
        send("POST", "/api/v1/voting-sessions/" + session + "/open", token("secretariat", "secretariat", DemoIds.VU_TCCB), null,
                "{\"present\":[" + present + "]}", 200);
        List<Sheet> sheets = scoringWorld();

        // --- the load: every voter casts once; each sheet is saved again and again by its own officer, If-Match chained ---
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger ballotsSent = new AtomicInteger();
        AtomicInteger savesSent = new AtomicInteger();
        Map<String, String> receiptByVoter = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> unansweredVoters = new ConcurrentLinkedQueue<>();
        Map<Integer, Integer> ballotStatuses = new ConcurrentHashMap<>();
        Map<Integer, Integer> saveStatuses = new ConcurrentHashMap<>();
        AtomicInteger saveUnanswered = new AtomicInteger();
        String ballot = "{\"choices\":[{\"candidateRef\":\"" + candidateA + "\",\"choice\":\"YES\"},{\"candidateRef\":\"" + candidateB
                + "\",\"choice\":\"NO\"}]}";
        ConcurrentLinkedQueue<Integer> voters = new ConcurrentLinkedQueue<>(IntStream.range(0, VOTERS).boxed().toList());
        List<String> voterTokens = IntStream.range(0, VOTERS).mapToObj(i -> token("kill." + i, "council-member", null)).toList();

        ExecutorService pool = Executors.newFixedThreadPool(12 + SHEETS);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 12; t++) {
            futures.add(pool.submit(() -> {
                Integer i;
                while (!killed.get() && (i = voters.poll()) != null) {
                    String voter = "kill." + i;
                    ballotsSent.incrementAndGet();
                    try {
                        HttpResponse<String> r = raw("POST", "/api/v1/voting-sessions/" + session + "/ballots", voterTokens.get(i), null, ballot);
                        ballotStatuses.merge(r.statusCode(), 1, Integer::sum);
                        if (r.statusCode() == 201) {
                            receiptByVoter.put(voter, JSON.readTree(r.body()).get("receiptCode").asText());
                        }
                    } catch (IOException e) {
                        unansweredVoters.add(voter); // sent, no answer: the process died under it
                    }
                }
                return null;
            }));
        }
        for (Sheet sheet : sheets) {
            futures.add(pool.submit(() -> {
                while (!killed.get()) {
                    int step = sheet.lastAcked + 1;
                    sheet.pending = step;
                    savesSent.incrementAndGet();
                    try {
                        HttpResponse<String> r = raw("PUT", "/api/v1/score-sheets/" + sheet.id + "/self-scores", sheet.token, sheet.etag,
                                selfScores(step));
                        saveStatuses.merge(r.statusCode(), 1, Integer::sum);
                        if (r.statusCode() != 200) {
                            throw new IllegalStateException("save " + step + " of sheet " + sheet.id + ": " + r.statusCode() + " " + r.body());
                        }
                        sheet.lastAcked = step;
                        sheet.etag = r.headers().firstValue("ETag").orElseThrow();
                        sheet.pending = 0;
                    } catch (IOException e) {
                        saveUnanswered.incrementAndGet(); // sheet.pending stays: it may or may not have been committed
                        return null;
                    }
                }
                return null;
            }));
        }
        int polls = 0;
        while (receiptByVoter.size() < KILL_AFTER_BALLOTS && polls++ < 12_000) {
            Thread.sleep(5);
        }
        assertThat(receiptByVoter.size()).as("ballots acknowledged before the kill").isGreaterThanOrEqualTo(KILL_AFTER_BALLOTS);
        killed.set(true);
        first.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no graceful drain
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        for (Future<?> f : futures) {
            f.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
        int ballotsAcked = receiptByVoter.size();
        int savesAcked = saveStatuses.getOrDefault(200, 0);

        // --- restart on the same database ---
        startBackend(port, "restart");

        int ballotsFound;
        int sheetsAtAckedSave = 0;
        int sheetsAtInFlightSave = 0;
        try (Connection c = postgres.getDatabase("postgres", "thidua").getConnection()) {
            // participations == ballots, per round, in every session: no participation without its ballot or the reverse
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    SELECT coalesce(p.session_id, b.session_id), coalesce(p.round, b.round), coalesce(p.n, 0), coalesce(b.n, 0)
                    FROM (SELECT session_id, round, count(*) n FROM vote_participation GROUP BY 1, 2) p
                    FULL JOIN (SELECT session_id, round, count(*) n FROM vote_ballot GROUP BY 1, 2) b
                      ON p.session_id = b.session_id AND p.round = b.round""")) {
                while (rs.next()) {
                    assertThat(rs.getLong(3)).as("participations vs ballots of session %s round %d", rs.getString(1), rs.getInt(2))
                            .isEqualTo(rs.getLong(4));
                }
            }
            Set<String> voted = strings(c, "SELECT voter_key FROM vote_participation WHERE session_id = ? AND round = 1", session);
            Set<String> receipts = strings(c, "SELECT receipt_code FROM vote_ballot WHERE session_id = ? AND round = 1", session);
            ballotsFound = receipts.size();
            assertThat(voted).as("every acknowledged voter is recorded as having voted").containsAll(receiptByVoter.keySet());
            assertThat(receipts).as("every acknowledged receipt is in the box").containsAll(receiptByVoter.values());
            Set<String> unexplained = new HashSet<>(voted);
            unexplained.removeAll(receiptByVoter.keySet());
            unexplained.removeAll(unansweredVoters);
            assertThat(unexplained).as("voters recorded without a request that was acknowledged or in flight").isEmpty();
            assertThat(ballotsFound).isBetween(ballotsAcked, ballotsAcked + unansweredVoters.size());
            assertThat(count(c, "SELECT count(*) FROM audit_event WHERE entity_id = ? AND action = 'cast'", session))
                    .as("casts are not audited one by one (no voter's time is kept)").isZero();

            for (Sheet sheet : sheets) {
                List<String> notes = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT criterion_code, self_input, note FROM score_entry WHERE sheet_id = ? ORDER BY criterion_code")) {
                    ps.setObject(1, sheet.id);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            int step = Integer.parseInt(rs.getString(3).substring("lần ".length()));
                            String code = rs.getString(1);
                            // each save writes both criteria, derived from its step: a mix of two saves is a half-written sheet
                            assertThat(rs.getBigDecimal(2).intValue()).as("%s of sheet %s", code, sheet.id)
                                    .isEqualTo(code.equals("A.1") ? 50 + step % 50 : step % 9);
                            notes.add(code + "@" + step);
                        }
                    }
                }
                long version;
                try (PreparedStatement ps = c.prepareStatement("SELECT version FROM score_sheet WHERE id = ?")) {
                    ps.setObject(1, sheet.id);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        version = rs.getLong(1);
                    }
                }
                if (sheet.lastAcked == 0 && (sheet.pending == 0 || notes.isEmpty())) {
                    assertThat(notes).isEmpty();
                    continue;
                }
                assertThat(notes).as("entries of sheet %s (last acknowledged save %d, unanswered %d)", sheet.id, sheet.lastAcked, sheet.pending)
                        .hasSize(2);
                int stored = Integer.parseInt(notes.get(0).substring(4));
                assertThat(notes).containsExactly("A.1@" + stored, "A.2@" + stored);
                assertThat(count(c, "SELECT count(*) FROM audit_event WHERE entity_id = ? AND action = 'self-score'", sheet.id))
                        .as("audit events of the saves of sheet %s (one per committed save)", sheet.id).isEqualTo(stored);
                long ackedVersion = Long.parseLong(sheet.etag.replace("W/", "").replace("\"", ""));
                if (stored == sheet.lastAcked) {
                    assertThat(version).isEqualTo(ackedVersion);
                    sheetsAtAckedSave++;
                } else {
                    assertThat(stored).as("sheet %s holds neither its acknowledged save nor the one in flight", sheet.id).isEqualTo(sheet.pending);
                    assertThat(version).isEqualTo(ackedVersion + 1);
                    sheetsAtInFlightSave++;
                }
            }
        }

        // the service answers as before: the turnout matches, a voter already counted is refused, one not yet counted votes
        JsonNode turnout = send("GET", "/api/v1/voting-sessions/" + session + "/turnout", token("secretariat", "secretariat", DemoIds.VU_TCCB), null, null, 200);
        assertThat(turnout.get("voted").asInt()).isEqualTo(ballotsFound);
        String counted = receiptByVoter.keySet().iterator().next();
        assertThat(raw("POST", "/api/v1/voting-sessions/" + session + "/ballots", token(counted, "council-member", null), null, ballot).statusCode())
                .isEqualTo(409);
        if (!voters.isEmpty()) {
            int fresh = voters.peek();
            assertThat(raw("POST", "/api/v1/voting-sessions/" + session + "/ballots", voterTokens.get(fresh), null, ballot).statusCode())
                    .isEqualTo(201);
        }
        JsonNode chain = send("GET", "/api/v1/audit-events/verify", token("admin", "admin", DemoIds.VU_TCCB), null, null, 200);
        assertThat(chain.get("valid").asBoolean()).as("audit chain after the kill: %s", chain).isTrue();

        System.out.printf("SIGKILL mid-load: ballots sent %d, acknowledged %d, unanswered at kill %d, other answers %s, found after restart %d; "
                + "score saves sent %d, acknowledged %d, unanswered at kill %d; after restart %d of %d sheets hold their last acknowledged save, "
                + "%d the save in flight at the kill; audit chain of %d events valid%n",
                ballotsSent.get(), ballotsAcked, unansweredVoters.size(), ballotStatuses, ballotsFound, savesSent.get(), savesAcked,
                saveUnanswered.get(), sheetsAtAckedSave, SHEETS, sheetsAtInFlightSave, chain.get("eventsChecked").asLong());
    }

    /** A period, a published template, SHEETS new units in a cluster, and each unit's open score sheet. */
    private List<Sheet> scoringWorld() throws Exception {
        String secretariat = token("secretariat", "secretariat", DemoIds.VU_TCCB);
        UUID period = UUID.fromString(send("POST", "/api/v1/periods", secretariat, null, "{\"label\":\"2081\"}", 201).get("id").asText());
        UUID template = UUID.fromString(send("POST", "/api/v1/scoring-templates", secretariat, null, """
                {"periodId":"%s","targetGroup":"MINISTRY_UNITS","name":"Bảng tiêu chí khi máy chủ bị tắt","totalPoints":10,
                 "sections":[{"code":"A","title":"Nhiệm vụ chuyên môn","maxPoints":10,"criteria":[
                   {"code":"A.1","text":"Thẩm định đúng hạn","maxPoints":2,"method":"BANDED","bands":[
                     {"from":0,"to":60,"points":0},{"from":60,"to":95,"points":1},{"from":95,"points":2}]},
                   {"code":"A.2","text":"Hoàn thành kế hoạch","maxPoints":8,"method":"MANUAL"}]}]}""".formatted(period), 201)
                .get("id").asText());
        send("POST", "/api/v1/scoring-templates/" + template + "/publish", secretariat, null, null, 200);
        List<UUID> units = new ArrayList<>();
        for (int i = 0; i < SHEETS; i++) {
            units.add(UUID.fromString(send("POST", "/api/v1/units", secretariat, null,
                    "{\"name\":\"Cục thử tắt máy " + i + "\",\"kind\":\"CUC\",\"validFrom\":\"2026-01-01\"}", 201).get("id").asText()));
        }
        String members = units.stream().map(u -> "\"" + u + "\"").collect(Collectors.joining(","));
        UUID cluster = UUID.fromString(send("POST", "/api/v1/clusters", secretariat, null, """
                {"periodId":"%s","name":"Cụm thử tắt máy","kind":"CUM","memberUnitIds":[%s],"headUnitId":"%s","deputyUnitIds":["%s"]}"""
                .formatted(period, members, units.get(0), units.get(1)), 201).get("id").asText());
        List<Sheet> sheets = new ArrayList<>();
        for (UUID unit : units) {
            String officer = token("officer." + unit, "unit-officer", unit);
            UUID id = UUID.fromString(send("POST", "/api/v1/score-sheets", officer, null, "{\"clusterId\":\"" + cluster + "\"}", 201)
                    .get("id").asText());
            HttpResponse<String> read = raw("GET", "/api/v1/score-sheets/" + id, officer, null, null);
            assertThat(read.statusCode()).isEqualTo(200);
            sheets.add(new Sheet(id, officer, read.headers().firstValue("ETag").orElseThrow()));
        }
        return sheets;
    }

    /** Save number {@code step}: both criteria derive from it, so a sheet mixing two saves shows. */
    private static String selfScores(int step) {
        return "{\"entries\":[{\"criterionCode\":\"A.1\",\"input\":" + (50 + step % 50) + ",\"note\":\"lần " + step + "\"},"
                + "{\"criterionCode\":\"A.2\",\"input\":" + step % 9 + ",\"note\":\"lần " + step + "\"}]}";
    }

    private static final class Sheet {
        final UUID id;
        final String token;
        volatile String etag;
        volatile int lastAcked;
        volatile int pending;

        Sheet(UUID id, String token, String etag) {
            this.id = id;
            this.token = token;
            this.etag = etag;
        }
    }

    private Process startBackend(int port, String label) throws Exception {
        Path jar = Path.of(System.getProperty("backend.jar", "target/quarkus-app/quarkus-run.jar"));
        assertThat(jar).as("the fast-jar (run the package phase first)").exists();
        Path log = jar.getParent().getParent().resolve("backend-kill-" + label + ".log");
        String publicKey = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/thidua",
                "-Dquarkus.datasource.username=thidua_app",
                "-Dquarkus.datasource.password=thidua_app",
                "-Dquarkus.flyway.username=thidua",
                "-Dquarkus.flyway.password=thidua",
                // an empty auth-server-url lifts the Keycloak URL of application.properties: OIDC then verifies locally with the key
                "-Dquarkus.oidc.auth-server-url=",
                "-Dquarkus.oidc.public-key=" + publicKey,
                "-Dquarkus.oidc.token.issuer=" + ISSUER,
                "-Dthidua.demo-data.enabled=true",
                "-jar", jar.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        started.add(process);
        int probes = 0;
        while (true) {
            assertThat(process.isAlive()).as("backend (%s) exited during start-up; see %s", label, log).isTrue();
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            assertThat(probes++).as("readiness probes of the backend (%s); see %s", label, log).isLessThan(480);
            Thread.sleep(250);
        }
        System.out.printf("Backend (%s) pid %d ready after %d probes; log %s%n", label, process.pid(), probes, log);
        return process;
    }

    private String token(String username, String role, UUID unitId) {
        var builder = Jwt.preferredUserName(username).issuer(ISSUER).audience("thidua-backend")
                .claim("name", "An " + username + " Nguyễn")
                .claim("realm_access", Map.of("roles", List.of(role)));
        if (unitId != null) {
            builder.claim("unit_id", unitId.toString());
        }
        return builder.jws().keyId("1").sign(keys.getPrivate());
    }

    private HttpResponse<String> raw(String method, String path, String token, String ifMatch, String body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private JsonNode send(String method, String path, String token, String ifMatch, String body, int expected) throws IOException {
        HttpResponse<String> r = raw(method, path, token, ifMatch, body);
        assertThat(r.statusCode()).as("%s %s: %s", method, path, r.body()).isEqualTo(expected);
        return r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body());
    }

    private static Set<String> strings(Connection c, String sql, UUID id) throws Exception {
        Set<String> values = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }

    private static long count(Connection c, String sql, UUID id) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
