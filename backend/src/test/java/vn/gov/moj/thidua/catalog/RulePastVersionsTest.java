package vn.gov.moj.thidua.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.moj.thidua.support.Tokens;

/** Back-dated rule versions: a past range with source and reason is recorded and read back; overlaps, the future and no source are refused. */
@QuarkusTest
class RulePastVersionsTest {

    @Inject
    RuleBook ruleBook;

    private static String parameter(String ruleId) {
        return Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"ruleId":"%s","key":"amount","valueType":"INTEGER","value":"1800000","description":"Mức lương cơ sở",
                         "effectiveFrom":"2023-07-01","legalInstrument":"Nghị định 24/2023/NĐ-CP","verified":true}""".formatted(ruleId))
                .post("/api/v1/rule-parameters").then().statusCode(201).extract().path("id");
    }

    private static io.restassured.response.Response past(String id, String from, String to, String article) {
        return Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"value":"1490000","effectiveFrom":"%s","effectiveTo":"%s","legalInstrument":"Nghị định 38/2019/NĐ-CP",
                         "legalArticle":%s,"reason":"Nhập lịch sử năm 2019","verified":true}""".formatted(from, to, article))
                .post("/api/v1/rule-parameters/" + id + "/past-versions");
    }

    @Test
    void shouldRecordAPastVersionWithItsSourceAndReasonAndAnswerForDatesInIt() {
        String id = parameter("R-TEST-PAST-OK");
        past(id, "2019-07-01", "2020-06-30", "\"Điều 3\"").then().statusCode(201).body("reason", equalTo("Nhập lịch sử năm 2019"))
                .body("legalArticle", equalTo("Điều 3")).body("createdBy", equalTo("secretariat"));
        assertThat(ruleBook.intOn("R-TEST-PAST-OK", "amount", LocalDate.of(2019, 12, 31))).isEqualTo(1490000);
        assertThat(ruleBook.intOn("R-TEST-PAST-OK", "amount", LocalDate.of(2024, 1, 1))).isEqualTo(1800000);
        assertThat(ruleBook.valueOn("R-TEST-PAST-OK", "amount", LocalDate.of(2021, 1, 1))).isEmpty();
        Tokens.as("viewer").get("/api/v1/rule-parameters/" + id + "/versions").then().statusCode(200).body("", hasSize(2))
                .body("[0].effectiveFrom", equalTo("2019-07-01")).body("[1].effectiveTo", equalTo(null));
        List<String> actions = Tokens.as("viewer").get("/api/v1/rule-parameters/" + id + "/history").then().statusCode(200).extract().path("action");
        List<String> actors = Tokens.as("viewer").get("/api/v1/rule-parameters/" + id + "/history").then().extract().path("actor");
        assertThat(actions).contains("create", "record-past");
        assertThat(actors).containsOnly("secretariat");
    }

    @Test
    void shouldRefuseAnOverlapTheFutureOrNoSourceAndChangeNothing() {
        String id = parameter("R-TEST-PAST-BAD");
        past(id, "2019-07-01", "2020-06-30", "\"Điều 3\"").then().statusCode(201);
        past(id, "2020-01-01", "2020-12-31", "\"Điều 3\"").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("trùng với khoảng thời gian này"));
        past(id, "2023-01-01", "2023-12-31", "\"Điều 3\"").then().statusCode(409);
        past(id, "2099-01-01", "2099-12-31", "\"Điều 3\"").then().statusCode(400).body("detail", containsString("phải kết thúc trước hôm nay"));
        past(id, "2018-01-01", "2018-12-31", "null").then().statusCode(400);
        past(id, "2018-12-31", "2018-01-01", "\"Điều 3\"").then().statusCode(400);
        Tokens.as("unit-head").contentType(ContentType.JSON).body("{}").post("/api/v1/rule-parameters/" + id + "/past-versions").then()
                .statusCode(403);
        Tokens.as("viewer").get("/api/v1/rule-parameters/" + id + "/versions").then().statusCode(200).body("", hasSize(2));
    }

    @Test
    void shouldJudgeOverlapsDayByDay() {
        RuleVersionPolicy.Range y2019 = new RuleVersionPolicy.Range(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31));
        RuleVersionPolicy.Range open2024 = new RuleVersionPolicy.Range(LocalDate.of(2024, 1, 1), null);
        assertThat(RuleVersionPolicy.overlapping(new RuleVersionPolicy.Range(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31)),
                List.of(y2019, open2024))).isEmpty();
        assertThat(RuleVersionPolicy.overlapping(new RuleVersionPolicy.Range(LocalDate.of(2019, 12, 31), LocalDate.of(2020, 1, 5)),
                List.of(y2019, open2024))).contains(y2019);
        assertThat(RuleVersionPolicy.overlapping(new RuleVersionPolicy.Range(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 5)),
                List.of(y2019, open2024))).contains(open2024);
        assertThat(RuleVersionPolicy.isPast(y2019, LocalDate.of(2020, 1, 1))).isTrue();
        assertThat(RuleVersionPolicy.isPast(y2019, LocalDate.of(2019, 12, 31))).isFalse();
    }
}
