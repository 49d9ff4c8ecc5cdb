package vn.gov.moj.thidua.contract;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Generates request values from the OpenAPI schemas with jqwik arbitraries: valid values, boundary values
 * (empty, longest, one past the limits) and malformed ones (wrong types, unknown enum values, unknown fields).
 */
final class RequestGenerator {

    enum Mode { VALID, BOUNDARY, MALFORMED }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
            + "AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY0123456789 -,.";

    private final JsonNode spec;
    private final Random random;
    private final List<UUID> knownIds;

    RequestGenerator(JsonNode spec, Random random, List<UUID> knownIds) {
        this.spec = spec;
        this.random = random;
        this.knownIds = knownIds;
    }

    <T> T draw(Arbitrary<T> arbitrary) {
        // Edge cases first now and then: jqwik knows the interesting values (0, -1, MAX, "", …).
        if (random.nextInt(4) == 0) {
            List<T> edges = new ArrayList<>();
            arbitrary.edgeCases().forEach(s -> edges.add(s.value()));
            if (!edges.isEmpty()) {
                return edges.get(random.nextInt(edges.size()));
            }
        }
        return arbitrary.generator(20).next(random).value();
    }

    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; current != null && current.has("$ref") && depth < 10; depth++) {
            String name = current.get("$ref").asText().replace("#/components/schemas/", "");
            current = spec.path("components").path("schemas").path(name);
        }
        return current == null ? JSON.objectNode() : current;
    }

    /** A value for a schema; in MALFORMED mode roughly one field in three goes wrong. */
    JsonNode value(JsonNode rawSchema, Mode mode, int depth) {
        JsonNode schema = resolve(rawSchema);
        if (mode == Mode.MALFORMED && random.nextInt(3) == 0) {
            return malformed(schema);
        }
        if (schema.has("enum")) {
            List<String> values = new ArrayList<>();
            schema.get("enum").forEach(v -> values.add(v.asText()));
            return JSON.textNode(draw(Arbitraries.of(values)));
        }
        String type = schema.path("type").asText("object");
        String format = schema.path("format").asText("");
        switch (type) {
            case "string":
                return JSON.textNode(string(schema, format, mode));
            case "integer":
                return JSON.numberNode(integer(schema, mode));
            case "number":
                return JSON.numberNode(draw(Arbitraries.doubles().between(-1e6, 1e6)));
            case "boolean":
                return JSON.booleanNode(random.nextBoolean());
            case "array": {
                ArrayNode array = JSON.arrayNode();
                int size = mode == Mode.BOUNDARY ? draw(Arbitraries.of(0, 1, 11, 201)) : draw(Arbitraries.integers().between(0, 3));
                for (int i = 0; i < size && depth < 4; i++) {
                    array.add(value(schema.path("items"), mode, depth + 1));
                }
                return array;
            }
            default: {
                ObjectNode object = JSON.objectNode();
                JsonNode required = schema.path("required");
                for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> property = it.next();
                    boolean isRequired = false;
                    for (JsonNode r : required) {
                        isRequired |= r.asText().equals(property.getKey());
                    }
                    if (isRequired || random.nextInt(3) > 0 || mode == Mode.BOUNDARY) {
                        if (depth < 4) {
                            object.set(property.getKey(), value(property.getValue(), mode, depth + 1));
                        }
                    }
                }
                if (mode == Mode.MALFORMED && random.nextInt(4) == 0) {
                    object.put(draw(Arbitraries.of("status", "version", "id", "verifiedScore", "decidedBy", "unitId", "zzz")), "x");
                }
                return object;
            }
        }
    }

    private String string(JsonNode schema, String format, Mode mode) {
        switch (format) {
            case "uuid":
                return uuid().toString();
            case "date":
                return mode == Mode.BOUNDARY ? draw(Arbitraries.of("0001-01-01", "9999-12-31", "2024-02-29", "2100-12-31",
                        "+10000-01-01", "1944-12-31", "1945-01-01", "2101-01-01"))
                        : "%04d-%02d-%02d".formatted(draw(Arbitraries.integers().between(2200, 2999)),
                                draw(Arbitraries.integers().between(1, 12)), draw(Arbitraries.integers().between(1, 28)));
            case "date-time":
                return "2%03d-01-01T00:00:00Z".formatted(draw(Arbitraries.integers().between(200, 999)));
            default:
                int max = schema.path("maxLength").asInt(60);
                int min = schema.path("minLength").asInt(0);
                if (mode == Mode.BOUNDARY && random.nextInt(4) == 0) {
                    return draw(Arbitraries.of(HOSTILE_TEXT));
                }
                if (mode == Mode.BOUNDARY) {
                    int length = draw(Arbitraries.of(0, min, Math.max(0, max - 1), max, max + 1, 10_000));
                    return draw(Arbitraries.strings().withChars(VIETNAMESE).ofLength(length));
                }
                return draw(Arbitraries.strings().withChars(VIETNAMESE).ofMinLength(Math.max(1, min)).ofMaxLength(Math.min(max, 60)));
        }
    }

    /**
     * Text an attacker sends (issue 20): NUL and other controls PostgreSQL or a reader chokes on, a bidirectional
     * override, zero-width characters only, a decomposed name. Each must be a 400 (or accepted clean), never a 500.
     */
    static final List<String> HOSTILE_TEXT = List.of("Tên\u0000", "\u0000", "a\u0085b", "x\u001By", "Hồ sơ\u202Efdp.exe",
            "\u200B\u200D\uFEFF", "Lê\u2066Văn", "Nguye\u0302\u0303n", "\uD800");

    private long integer(JsonNode schema, Mode mode) {
        long min = schema.has("minimum") ? schema.get("minimum").asLong() : -1_000_000;
        long max = schema.has("maximum") ? schema.get("maximum").asLong() : 1_000_000;
        if (mode == Mode.BOUNDARY) {
            return draw(Arbitraries.of(min - 1, min, max, max + 1, Long.MAX_VALUE, Long.MIN_VALUE));
        }
        return draw(Arbitraries.longs().between(min, max));
    }

    private JsonNode malformed(JsonNode schema) {
        return switch (random.nextInt(8)) {
            case 0 -> JSON.nullNode();
            case 1 -> JSON.textNode("NOT_A_" + schema.path("type").asText("VALUE").toUpperCase());
            case 2 -> JSON.numberNode(draw(Arbitraries.integers()));
            case 3 -> JSON.arrayNode().add(1).add("x");
            case 4 -> JSON.objectNode().put("nested", "object");
            case 5 -> JSON.booleanNode(true);
            case 6 -> JSON.textNode(draw(Arbitraries.of(HOSTILE_TEXT)));
            default -> JSON.textNode(draw(Arbitraries.strings().ofMaxLength(30)));
        };
    }

    UUID uuid() {
        return random.nextInt(3) == 0 || knownIds.isEmpty() ? UUID.randomUUID() : knownIds.get(random.nextInt(knownIds.size()));
    }

    /** A body that is not JSON of the expected shape at all. */
    String brokenBody() {
        return draw(Arbitraries.of("{", "{\"a\":", "[", "null", "\"text\"", "42", "{}}", "{\"x\":[[[[[[[[[[[[]]]]]]]]]]]]}",
                "\u0000", "{\"name\":\"\\ud800\"}", "<xml/>"));
    }

    static String write(JsonNode node) {
        try {
            return new ObjectMapper().writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
