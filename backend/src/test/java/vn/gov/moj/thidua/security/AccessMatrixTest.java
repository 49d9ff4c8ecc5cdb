package vn.gov.moj.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.gov.moj.thidua.contract.DatabaseFingerprint;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/**
 * The access matrix (OWASP API1/API3/API5): every operation of openapi.yaml × every realm role (and no token) ×
 * the caller's unit owning the object or not → the expected class of answer. One table, {@link #MATRIX}; the
 * test fails when openapi.yaml has an operation without a row, or a row names an operation that is gone.
 *
 * <p>Cells: {@code A} allowed — the answer is not 401/403 (and not 404 unless the row targets a missing object),
 * and not 5xx; {@code D} denied — 403, or 404 where existence is hidden. Without a token every operation answers 401.
 * Rows never commit a change: writes to existing objects carry an unknown body field, a stale If-Match or a
 * transition the object's state refuses, so the answer is decided before anything is written; every non-GET
 * request is checked against a fingerprint of the whole database.
 *
 * <p>Each row's {@code own} string covers the roles in {@link #ROLES} order with the unit-bound roles
 * (cluster-lead, unit-head, unit-officer) holding the object's unit; {@code foreign} the same with a unit outside
 * the object's cluster (Sở Tư pháp Lạng Sơn). Rows without a unit use one string for both.
 */
@QuarkusTest
class AccessMatrixTest {

    static final List<String> ROLES = List.of("admin", "secretariat", "council-member", "cluster-lead", "unit-head",
            "unit-officer", "viewer", "integration");
    static final Set<String> UNIT_BOUND = Set.of("cluster-lead", "unit-head", "unit-officer");
    static final UUID FOREIGN = DemoIds.STP_LANG_SON;
    static final String UNKNOWN = "00000000-0000-4000-8000-00000fffffff";
    /** A body every JSON operation refuses (unknown fields are rejected globally) before anything is written. */
    static final String REFUSED_BODY = "{\"matrixProbe\":true}";

    record Row(String operationId, String method, String path, UUID unit, String own, String foreign, String body,
            String ifMatch, boolean missingOk, String contentType) {
    }

    /** The If-Match of a version no object reaches in tests: a write that passes authorization answers 412. */
    static final String STALE = "\"999999\"";

    static final Map<String, Row> MATRIX = new LinkedHashMap<>();

    static UUID u(int n) {
        return DemoIds.id(n);
    }

    static void row(String op, String method, String path, UUID unit, String own, String foreign) {
        MATRIX.put(op, new Row(op, method, path, unit, own, foreign, null, null, false, null));
    }

    static void row(String op, String method, String path, String all) {
        row(op, method, path, null, all, all);
    }

    /** A row whose request carries a well-formed body (and a stale If-Match on PUT), so object-level checks answer. */
    static void body(String op, String method, String path, UUID unit, String own, String foreign, String body) {
        MATRIX.put(op, new Row(op, method, path, unit, own, foreign, body, method.equals("PUT") ? STALE : null, false,
                "application/json"));
    }

    /** A row whose request has its own content type (uploads, imports) with a payload refused before any change. */
    static void typed(String op, String method, String path, UUID unit, String own, String foreign, String contentType) {
        MATRIX.put(op, new Row(op, method, path, unit, own, foreign, null, null, false, contentType));
    }

    static void missing(String op, String method, String path, String all) {
        MATRIX.put(op, new Row(op, method, path, null, all, all, null, null, true, null));
    }

    static {
        // filled below
        Matrix.fill();
    }

    @Test
    void everyOperationHasARowAndEveryRowAnOperation() throws Exception {
        JsonNode spec = new ObjectMapper(new YAMLFactory())
                .readTree(Files.readString(Path.of(System.getProperty("openapi.contract", "../openapi.yaml"))));
        Set<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (op.getValue().has("operationId") && path.getKey().startsWith("/api/")) {
                    documented.add(op.getValue().get("operationId").asText());
                    for (Row row : MATRIX.values()) {
                        if (!operation(row).equals(op.getValue().get("operationId").asText())) {
                            continue;
                        }
                        assertThat(op.getKey().toUpperCase() + " " + path.getKey())
                                .as("row %s targets its operation", row.operationId())
                                .isEqualTo(row.method() + " " + template(row.path()));
                    }
                }
            }
        }
        Set<String> covered = new TreeSet<>();
        MATRIX.values().forEach(row -> covered.add(operation(row)));
        Set<String> withoutRow = new TreeSet<>(documented);
        withoutRow.removeAll(covered);
        Set<String> stale = new TreeSet<>(covered);
        stale.removeAll(documented);
        assertThat(withoutRow).as("operations in openapi.yaml without a row in the access matrix").isEmpty();
        assertThat(stale).as("matrix rows naming operations that openapi.yaml no longer has").isEmpty();
    }

    /** A row's operation: its key up to an optional {@code #case} suffix (several rows may probe one operation). */
    static String operation(Row row) {
        int hash = row.operationId().indexOf('#');
        return hash < 0 ? row.operationId() : row.operationId().substring(0, hash);
    }

    /** The row's concrete path turned back into its template: ids become the parameter names openapi.yaml uses. */
    static String template(String path) {
        return Matrix.template(path);
    }

    @Test
    void everyRoleGetsTheExpectedAnswerOnEveryOperation() {
        boolean discover = Boolean.getBoolean("matrix.discover");
        List<String> failures = new ArrayList<>();
        StringBuilder observed = new StringBuilder();
        int cases = 0;
        for (Row row : MATRIX.values()) {
            String concrete = Matrix.concrete(row.path());
            boolean write = !row.method().equals("GET");
            // no token
            Response anonymous = request(RestAssured.given(), row).request(row.method(), concrete);
            cases++;
            if (anonymous.statusCode() != 401) {
                failures.add(row.operationId() + " without a token → " + anonymous.statusCode() + " (expected 401)");
            }
            StringBuilder own = new StringBuilder();
            StringBuilder foreign = new StringBuilder();
            for (boolean isOwn : row.unit() == null ? List.of(true) : List.of(true, false)) {
                String expected = isOwn ? row.own() : row.foreign();
                for (int i = 0; i < ROLES.size(); i++) {
                    String role = ROLES.get(i);
                    UUID unit = unitOf(role, row.unit(), isOwn);
                    Map<String, String> before = write ? DatabaseFingerprint.take() : null;
                    Response response = request(RestAssured.given().auth().oauth2(Tokens.token(role, role, unit)), row)
                            .request(row.method(), concrete);
                    cases++;
                    int status = response.statusCode();
                    char actual = status == 401 || status == 403 || (status == 404 && !row.missingOk()) ? 'D' : 'A';
                    (isOwn ? own : foreign).append(actual);
                    String label = row.operationId() + " as " + role + (row.unit() == null ? "" : isOwn ? " (own unit)" : " (foreign unit)");
                    if (status >= 500) {
                        failures.add(label + " → " + status + " " + response.asString());
                    }
                    if (status == 401) {
                        failures.add(label + " → 401 with a valid token");
                    }
                    if (!discover && expected.charAt(i) != actual) {
                        failures.add(label + " → " + status + ", expected " + (expected.charAt(i) == 'A' ? "allowed" : "denied")
                                + " " + abbreviate(response.asString()));
                    }
                    if (write && !DatabaseFingerprint.take().equals(before)) {
                        failures.add(label + " → " + status + " changed the database: the matrix row must not commit");
                    }
                }
            }
            observed.append(String.format("%-34s %s %s%n", row.operationId(), own, row.unit() == null ? "" : foreign));
        }
        System.out.printf("Access matrix: %d rows over %d operations, %d requests%n%s", MATRIX.size(), MATRIX.values().stream().map(AccessMatrixTest::operation).distinct().count(), cases, discover ? observed : "");
        assertThat(failures).as("access matrix violations").isEmpty();
    }

    private static RequestSpecification request(RequestSpecification spec, Row row) {
        if (row.contentType() != null && row.contentType().startsWith("multipart/")) {
            // a form without its file part: refused (400) once authorization has passed
            spec = spec.multiPart("title", "matrix probe");
        } else if (row.contentType() != null && row.body() == null) {
            spec = spec.contentType(row.contentType()).body(new byte[0]);
        } else if (row.body() != null) {
            spec = spec.contentType("application/json").body(row.body());
        } else if (row.method().equals("POST") || row.method().equals("PUT")) {
            spec = spec.contentType("application/json").body(REFUSED_BODY);
        }
        if (row.ifMatch() != null) {
            spec = spec.header("If-Match", row.ifMatch());
        }
        return spec;
    }

    static UUID unitOf(String role, UUID objectUnit, boolean own) {
        if (UNIT_BOUND.contains(role)) {
            if (objectUnit == null) {
                return role.equals("cluster-lead") ? DemoIds.CUC_DKGDBD_BTNN : DemoIds.CUC_PBGDPL_TGPL;
            }
            return own ? objectUnit : FOREIGN;
        }
        return switch (role) {
            case "admin" -> u(11);
            case "secretariat" -> DemoIds.VU_TCCB;
            case "council-member" -> u(12);
            case "viewer" -> u(13);
            default -> null;
        };
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
