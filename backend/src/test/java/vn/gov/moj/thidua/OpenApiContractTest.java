package vn.gov.moj.thidua;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;

/**
 * openapi.yaml at the repository root is the contract: it must equal what the backend serves. After an API
 * change, refresh it with {@code ./mvnw -pl backend test -Dtest=OpenApiContractTest -Dopenapi.update=true}
 * and review the diff.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void servedSpecEqualsTheCommittedContract() throws Exception {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        Path contract = Path.of(System.getProperty("openapi.contract", "../openapi.yaml"));
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(contract, served, StandardCharsets.UTF_8);
        }
        assertThat(contract).as("the contract file %s", contract.toAbsolutePath()).exists();
        JsonNode expected = YAML.readTree(Files.readString(contract, StandardCharsets.UTF_8));
        JsonNode actual = YAML.readTree(served);
        assertThat(actual)
                .as("The served OpenAPI differs from %s. If the API change is intended, run "
                        + "./mvnw -pl backend test -Dtest=OpenApiContractTest -Dopenapi.update=true and commit the file.", contract)
                .isEqualTo(expected);
    }

    @Test
    void everyOperationDocumentsItsProblems() throws Exception {
        JsonNode spec = YAML.readTree(given().queryParam("format", "yaml").get("/q/openapi").asString());
        spec.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode responses = op.getValue().get("responses");
            assertThat(responses.has("401")).as("%s %s documents 401", op.getKey(), path.getKey()).isTrue();
            assertThat(op.getValue().get("operationId")).as("%s %s has an operationId", op.getKey(), path.getKey()).isNotNull();
        }));
    }
}
