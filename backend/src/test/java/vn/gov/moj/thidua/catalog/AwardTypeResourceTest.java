package vn.gov.moj.thidua.catalog;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.moj.thidua.support.CatalogDemoIds;
import vn.gov.moj.thidua.support.Tokens;

/** The catalog of titles and award forms is seeded from the law; everyone reads it, the secretariat edits it. */
@QuarkusTest
class AwardTypeResourceTest {

    @Test
    void shouldListTheTitlesAndFormsOfTheLawWithTheirSources() {
        Tokens.as("viewer").queryParam("size", 200).get("/api/v1/award-types")
                .then().statusCode(200)
                .body("items.code", hasItems("LDTT", "CSTDCS", "CSTD_NGANH", "CSTDTQ", "TTLDTT", "TTLDXS", "CO_NGANH", "CO_CP",
                        "GIAY_KHEN", "BK_BO", "BK_TTG", "HCLD_1", "HCLD_2", "HCLD_3", "KNC_TU_PHAP"))
                .body("items.legalInstrument", everyItem(notNullValue()))
                .body("items.find { it.code == 'CSTDCS' }.legalArticle", equalTo("Điều 23"))
                .body("items.find { it.code == 'CSTDCS' }.rewardMultiple", equalTo(1.0f))
                .body("items.find { it.code == 'CO_CP' }.rewardMultiple", equalTo(12.0f))
                .body("items.find { it.code == 'TTLDXS' }.subject", equalTo("COLLECTIVE"))
                .body("items.find { it.code == 'GIAY_KHEN' }.verified", equalTo(false));
    }

    @Test
    void shouldFilterByKindAndSubjectAndFindWithoutAccents() {
        Tokens.as("unit-officer").queryParam("kind", "TITLE").queryParam("subject", "COLLECTIVE").queryParam("size", 200)
                .get("/api/v1/award-types")
                .then().statusCode(200)
                .body("items.kind", everyItem(equalTo("TITLE")))
                .body("items.subject", everyItem(equalTo("COLLECTIVE")));
        Tokens.as("unit-officer").queryParam("q", "chien si thi dua co so").get("/api/v1/award-types")
                .then().statusCode(200).body("items[0].code", equalTo("CSTDCS"));
    }

    @Test
    void shouldLetOnlyTheSecretariatEditTheCatalog() {
        String body = """
                {"code":"BK_BO_TAP_THE","name":"Bằng khen của Bộ trưởng (tập thể)","kind":"FORM","subject":"COLLECTIVE",
                 "level":"MINISTRY","decidedBy":"Bộ trưởng Bộ Tư pháp","legalInstrument":"Luật Thi đua, khen thưởng 2022",
                 "legalArticle":"Điều 74","verified":false,"active":true}""";
        Tokens.as("unit-head").contentType(ContentType.JSON).body(body).post("/api/v1/award-types").then().statusCode(403);
        String location = Tokens.as("secretariat").contentType(ContentType.JSON).body(body).post("/api/v1/award-types")
                .then().statusCode(201).body("verified", equalTo(false)).extract().header("Location");
        Tokens.as("secretariat").contentType(ContentType.JSON).body(body).post("/api/v1/award-types").then().statusCode(409);
        Tokens.as("secretariat").contentType(ContentType.JSON).body(body.replace("\"verified\":false", "\"verified\":true"))
                .put(location).then().statusCode(428);
        Tokens.as("secretariat").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body.replace("\"verified\":false", "\"verified\":true"))
                .put(location).then().statusCode(200).body("verified", equalTo(true)).body("version", equalTo(1));
    }

    @Test
    void shouldRefuseAnUnknownSubject() {
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"code":"X","name":"X","kind":"FORM","subject":"ROBOT","level":"UNIT","decidedBy":"x",
                         "legalInstrument":"x","verified":true,"active":true}""")
                .post("/api/v1/award-types").then().statusCode(400);
    }

    @Test
    void shouldReadOneAwardTypeWithAnEtag() {
        Tokens.as("viewer").get("/api/v1/award-types/" + CatalogDemoIds.LDTT)
                .then().statusCode(200).header("ETag", notNullValue()).body("name", equalTo("Lao động tiên tiến"));
    }
}
