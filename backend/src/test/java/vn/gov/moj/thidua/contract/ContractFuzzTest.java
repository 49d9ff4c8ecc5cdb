package vn.gov.moj.thidua.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import net.jqwik.api.sessions.JqwikSession;
import vn.gov.moj.thidua.contract.RequestGenerator.Mode;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/**
 * Fuzzing from the contract: for every operation in openapi.yaml, requests generated from its schemas — valid,
 * boundary and malformed — must never answer 5xx or show a stack trace; every 4xx is problem+json; and a 4xx
 * leaves the database exactly as it was. Writes to existing objects use unknown ids or stale If-Match, so
 * generated input never alters the shared fixtures.
 */
@QuarkusTest
class ContractFuzzTest {

    private static final int CASES_PER_OPERATION = 24;
    private static final long SEED = Long.getLong("fuzz.seed", 20261122L);
    private static final List<String> ROLES = List.of("secretariat", "secretariat", "admin", "unit-officer", "viewer");
    private static int operations;
    private static int cases;
    private static final Map<Integer, Integer> STATUSES = new java.util.TreeMap<>();

    @TestFactory
    Stream<DynamicTest> everyOperationSurvivesGeneratedRequests() throws Exception {
        JsonNode spec = new ObjectMapper(new YAMLFactory())
                .readTree(Files.readString(Path.of(System.getProperty("openapi.contract", "../openapi.yaml"))));
        List<DynamicTest> tests = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                tests.add(DynamicTest.dynamicTest(method + " " + path.getKey(),
                        () -> fuzz(spec, method, path.getKey(), op.getValue())));
            }
        }
        return tests.stream();
    }

    @AfterAll
    static void report() {
        System.out.printf("Contract fuzz: %d operations, %d generated requests, seed %d, statuses %s%n", operations, cases, SEED,
                STATUSES);
    }

    private void fuzz(JsonNode spec, String method, String template, JsonNode operation) {
        operations++;
        List<String> failures = new ArrayList<>();
        Random random = new Random(SEED ^ (method + template).hashCode());
        boolean writesExisting = !method.equals("GET") && template.contains("{");
        List<UUID> known = writesExisting ? List.of() : knownIds();
        JqwikSession.start();
        try {
            RequestGenerator gen = new RequestGenerator(spec, random, known);
            for (int i = 0; i < CASES_PER_OPERATION; i++) {
                Mode mode = Mode.values()[i % 3];
                String role = ROLES.get(random.nextInt(ROLES.size()));
                RequestSpecification request = Tokens.as(role, role.equals("unit-officer") ? DemoIds.CUC_PBGDPL_TGPL : DemoIds.VU_TCCB);
                String path = template;
                for (JsonNode parameter : operation.path("parameters")) {
                    String name = parameter.path("name").asText();
                    String in = parameter.path("in").asText();
                    JsonNode value = gen.value(parameter.path("schema"), mode == Mode.MALFORMED && random.nextBoolean() ? Mode.MALFORMED : Mode.VALID, 1);
                    String text = value.isTextual() ? value.asText() : value.toString();
                    if (in.equals("path")) {
                        path = path.replace("{" + name + "}", java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8));
                    } else if (in.equals("query") && random.nextBoolean()) {
                        request = request.queryParam(name, text);
                    }
                }
                if (method.equals("PUT") || method.equals("PATCH")) {
                    // Never the current version: a generated body must not change an existing object.
                    if (random.nextInt(4) > 0) {
                        request = request.header("If-Match", "\"" + (1_000_000 + random.nextInt(1000)) + "\"");
                    }
                }
                String body = null;
                JsonNode bodySchema = operation.path("requestBody").path("content").path("application/json").path("schema");
                if (!bodySchema.isMissingNode()) {
                    body = mode == Mode.MALFORMED && random.nextInt(4) == 0 ? gen.brokenBody()
                            : RequestGenerator.write(gen.value(bodySchema, mode, 0));
                    request = request.contentType("application/json").body(body);
                }
                Map<String, String> before = DatabaseFingerprint.take();
                Response response = request.request(method, path);
                cases++;
                int status = response.statusCode();
                STATUSES.merge(status, 1, Integer::sum);
                String label = method + " " + path + " as " + role + " [" + mode + "] body=" + abbreviate(body) + " → " + status;
                String text = response.asString();
                if (status >= 500) {
                    failures.add(label + ": server error " + abbreviate(text));
                    continue;
                }
                if (text.contains("\tat ") || text.contains("Exception") || text.contains("java.")) {
                    failures.add(label + ": leaks internals " + abbreviate(text));
                }
                if (status >= 400) {
                    if (!String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                        failures.add(label + ": 4xx without problem+json (" + response.contentType() + ")");
                    } else if (response.jsonPath().getInt("status") != status) {
                        failures.add(label + ": problem status differs from HTTP status");
                    }
                    Map<String, String> after = DatabaseFingerprint.take();
                    if (!after.equals(before)) {
                        failures.add(label + ": a refused request changed the database");
                    }
                }
            }
        } finally {
            JqwikSession.finish();
        }
        assertThat(failures).as("%s %s: %d of %d generated requests misbehaved", method, template, failures.size(),
                CASES_PER_OPERATION).isEmpty();
    }

    private static List<UUID> knownIds() {
        return List.of(DemoIds.CUC_TGPL, DemoIds.CUC_PBGDPL_TGPL, DemoIds.CUC_HCTP, DemoIds.STP_LANG_SON, DemoIds.PERSON_NHUNG,
                DemoIds.PERSON_PAO, DemoIds.PERIOD_2026, DemoIds.CUM_III_2026, DemoIds.CUM_III_2019);
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "-";
        }
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
