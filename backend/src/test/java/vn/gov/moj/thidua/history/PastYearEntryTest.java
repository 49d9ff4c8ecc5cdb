package vn.gov.moj.thidua.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.gov.moj.thidua.support.CatalogDemoIds;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/**
 * A whole past year entered as record-keeping through the API (docs/statistics.md "A past year as record-keeping"):
 * cluster, campaign, registration on a unit's behalf, final scores, a paper election, dossiers and a decision — the
 * ranking, the result, the ledger and form 0603 of that year show them. A live period, another role, another
 * period's records and a decision date outside the year are refused with nothing written.
 */
@QuarkusTest
class PastYearEntryTest {

    static final String HISTORY = "/api/v1/history/periods/";
    static final UUID CSTD_NGANH = DemoIds.id(100003);
    static final String BASE_AMOUNT = "00000000-0000-4000-8000-000000100140";

    private static RequestSpecification secretariat() {
        return Tokens.as("secretariat").contentType(ContentType.JSON);
    }

    private static String created(String path, String body) {
        return secretariat().body(body).post(path).then().statusCode(201).extract().path("id");
    }

    private static String periodContaining(LocalDate day, String label) {
        List<String> ids = Tokens.as("viewer").queryParam("containing", day.toString()).get("/api/v1/periods").then().statusCode(200)
                .extract().path("items.id");
        return ids.isEmpty() ? created("/api/v1/periods", "{\"label\":\"" + label + "\"}") : ids.get(0);
    }

    private static String unit(String name) {
        return created("/api/v1/units", "{\"name\":\"%s\",\"kind\":\"CUC\",\"validFrom\":\"2000-01-01\"}".formatted(name));
    }

    private static JsonPath form0603() {
        return Tokens.as("viewer").queryParam("year", 2018).get("/api/v1/reports/statistics/0603").then().statusCode(200).extract().jsonPath();
    }

    private static long cell(JsonPath form, String row, String column) {
        List<String> keys = form.getList("columns.key");
        List<Integer> cells = form.getList("rows.find { it.code == '" + row + "' }.cells");
        return cells.get(keys.indexOf(column));
    }

    private static Response enter(String period, String what, String body) {
        return secretariat().body(body).post(HISTORY + period + "/" + what);
    }

    @Test
    void shouldEnterAWholePastYearThatTheRankingTheLedgerAndForm0603Show() {
        String period = periodContaining(LocalDate.of(2018, 6, 30), "2018");
        JsonPath before = form0603();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String a = unit("Cục Lịch sử 2018 A " + tag);
        String b = unit("Cục Lịch sử 2018 B " + tag);
        String c = unit("Cục Lịch sử 2018 C " + tag);

        String cluster = enter(period, "clusters", """
                {"periodId":"%s","name":"Cụm thi đua lịch sử 2018 %s","kind":"CUM","memberUnitIds":["%s","%s","%s"],"headUnitId":"%s"}"""
                .formatted(period, tag, a, b, c, a)).then().statusCode(201).extract().path("id");

        String campaign = enter(period, "campaigns", """
                {"title":"Phong trào thi đua năm 2018 %s","type":"REGULAR","scope":"SECTOR","startDate":"2018-01-15","endDate":"2018-12-15",
                 "registrationDeadline":"2018-03-31","periodId":"%s","targetSelector":"LIST","targetUnitIds":["%s","%s","%s"]}"""
                .formatted(tag, period, a, b, c)).then().statusCode(201).body("status", equalTo("CLOSED")).extract().path("id");

        // on the unit's behalf, as approved then; no window is compared with today
        enter(period, "registrations", """
                {"campaignId":"%s","unitId":"%s","awardTypeId":"%s","registeredOn":"2018-02-10"}""".formatted(campaign, a, CatalogDemoIds.CO_NGANH))
                .then().statusCode(201).body("status", equalTo("APPROVED")).body("registeredOn", equalTo("2018-02-10"))
                .body("enteredBy", equalTo("secretariat")).body("unitId", equalTo(a));
        // the ordinary path keeps every check: the 2018 campaign takes no registration today
        Tokens.as("unit-head", UUID.fromString(b)).contentType(ContentType.JSON)
                .body("{\"awardTypeId\":\"%s\"}".formatted(CatalogDemoIds.TTLDXS))
                .post("/api/v1/campaigns/" + campaign + "/registrations").then().statusCode(409);

        // final scores: a rank above a higher score is refused; then the ranking shows what was entered
        enter(period, "final-scores", """
                {"clusterId":"%s","scores":[{"unitId":"%s","finalScore":90,"rank":1},{"unitId":"%s","finalScore":95,"rank":2}]}"""
                .formatted(cluster, a, b)).then().statusCode(400).body("errors[0].field", equalTo("scores"));
        enter(period, "final-scores", """
                {"clusterId":"%s","scores":[{"unitId":"%s","finalScore":98.5,"rank":1},{"unitId":"%s","finalScore":95,"rank":2},
                 {"unitId":"%s","finalScore":90,"rank":3}]}""".formatted(cluster, a, b, c))
                .then().statusCode(200).body("published", is(true)).body("enteredBy", equalTo("secretariat"));
        Tokens.as("viewer").get("/api/v1/clusters/" + cluster + "/ranking").then().statusCode(200)
                .body("rows", hasSize(3)).body("rows[0].unitId", equalTo(a)).body("rows[0].total", equalTo(98.5f))
                .body("rows[2].rank", equalTo(3)).body("rows[0].sheetId", nullValue()).body("pendingUnits", hasSize(0));

        // the paper election, with the rules then in force (no 2018 rule parameter), in one step
        String session = enter(period, "elections", """
                {"session":{"purpose":"CLUSTER_ELECTION","title":"Suy tôn Cờ thi đua ngành Tư pháp năm 2018","clusterId":"%s",
                  "awardTypeId":"%s","sessionDate":"2018-12-10","place":"Hà Nội","rules":{"quorum":"2/3","threshold":"2/3"}},
                 "tally":{"ballotsIssued":3,"ballotsReceived":3,"validBallots":3,"invalidBallots":0,
                  "counts":[{"candidateRef":"%s","yes":3,"no":0},{"candidateRef":"%s","yes":0,"no":3},{"candidateRef":"%s","yes":0,"no":3}]}}"""
                .formatted(cluster, CatalogDemoIds.CO_NGANH, a, b, c))
                .then().statusCode(201).body("status", equalTo("PUBLISHED")).body("mode", equalTo("PAPER")).extract().path("id");
        JsonPath result = Tokens.as("viewer").get("/api/v1/voting-sessions/" + session + "/result").then().statusCode(200).extract().jsonPath();
        assertThat(result.getBoolean("tally.candidates.find { it.ref == '" + a + "' }.elected")).isTrue();
        assertThat(result.getBoolean("tally.candidates.find { it.ref == '" + b + "' }.elected")).isFalse();

        // dossiers, approved then: the elected unit's flag and a person of the unit
        String flag = enter(period, "dossiers", """
                {"unitId":"%s","nomineeUnitId":"%s","awardTypeId":"%s","achievements":"Dẫn đầu Cụm thi đua năm 2018","electionSessionId":"%s"}"""
                .formatted(a, a, CatalogDemoIds.CO_NGANH, session)).then().statusCode(201).body("status", equalTo("APPROVED")).extract().path("id");
        String person = created("/api/v1/people", """
                {"fullName":"Trần Văn Lịch Sử","unitId":"%s","position":"Chuyên viên","leader":false,"employmentType":"CIVIL_SERVANT"}""".formatted(a));
        String fighter = enter(period, "dossiers", """
                {"unitId":"%s","personId":"%s","awardTypeId":"%s","achievements":"Ba năm liền Chiến sĩ thi đua cơ sở"}"""
                .formatted(a, person, CSTD_NGANH)).then().statusCode(201).body("status", equalTo("APPROVED")).extract().path("id");

        // a decision dated outside the year's record: refused, nothing decided
        String decision = """
                {"number":"%s/QĐ-BTP","decisionDate":"%s","signer":"Lê Thành Long","signerTitle":"Bộ trưởng Bộ Tư pháp","nominationIds":["%s","%s"]}""";
        enter(period, "decisions", decision.formatted("LS1-" + tag, "2021-03-01", flag, fighter)).then().statusCode(400)
                .body("errors[0].field", equalTo("decisionDate"));
        Tokens.as("secretariat").get("/api/v1/nominations/" + flag).then().statusCode(200).body("status", equalTo("APPROVED"));

        // the base amount in force then (Nghị định 72/2018/NĐ-CP): recorded here unless already recorded
        secretariat().body("""
                {"value":"1390000","effectiveFrom":"2018-07-01","effectiveTo":"2019-06-30","legalInstrument":"Nghị định 72/2018/NĐ-CP",
                 "legalArticle":"Điều 3","reason":"Nhập dữ liệu năm 2018","verified":false}""").post("/api/v1/rule-parameters/" + BASE_AMOUNT + "/past-versions")
                .then().statusCode(anyOf(is(201), is(409)));
        String issued = enter(period, "decisions", decision.formatted("LS2-" + tag, "2019-01-20", flag, fighter)).then().statusCode(201)
                .body("baseAmount", equalTo(1390000)).body("awardees", hasSize(2))
                .body("awardees.find { it.personId == '" + person + "' }.amount", equalTo(4170000))
                .body("awardees.year", equalTo(List.of(2018, 2018))).body("awardees.enteredBy", equalTo(List.of("secretariat", "secretariat")))
                .extract().path("id");
        Tokens.as("viewer").queryParam("decisionId", issued).get("/api/v1/awards").then().statusCode(200).body("items", hasSize(2));
        Tokens.as("secretariat").get("/api/v1/nominations/" + flag).then().statusCode(200).body("status", equalTo("DECIDED"));

        // each record shows who entered it as history and when; a record made at the time shows neither
        Tokens.as("viewer").get("/api/v1/clusters/" + cluster).then().statusCode(200)
                .body("enteredBy", equalTo("secretariat")).body("enteredAt", notNullValue());
        Tokens.as("viewer").get("/api/v1/campaigns/" + campaign).then().statusCode(200)
                .body("enteredBy", equalTo("secretariat")).body("enteredAt", notNullValue());
        Tokens.as("secretariat").get("/api/v1/nominations/" + fighter).then().statusCode(200)
                .body("enteredBy", equalTo("secretariat")).body("enteredAt", notNullValue());
        Tokens.as("secretariat").get("/api/v1/decisions/" + issued).then().statusCode(200)
                .body("enteredBy", equalTo("secretariat")).body("enteredAt", notNullValue());
        Tokens.as("viewer").get("/api/v1/campaigns/" + CatalogDemoIds.CAMPAIGN_2026).then().statusCode(200)
                .body("enteredBy", nullValue()).body("enteredAt", nullValue());

        JsonPath after = form0603();
        assertThat(cell(after, "01", "1")).isEqualTo(cell(before, "01", "1") + 2);
        assertThat(cell(after, "01", "3")).isEqualTo(cell(before, "01", "3") + 1);
        assertThat(cell(after, "01", "4")).isEqualTo(cell(before, "01", "4") + 1);
    }

    @Test
    void shouldRefuseEveryHistoryEntryIntoALivePeriodWith409() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String live = periodContaining(today, String.valueOf(today.getYear()));
        String any = UUID.randomUUID().toString();
        enter(live, "registrations", "{\"campaignId\":\"%s\",\"unitId\":\"%s\",\"awardTypeId\":\"%s\"}".formatted(any, any, any))
                .then().statusCode(409).body("detail", containsString("chưa kết thúc"));
        secretariat().header("Accept-Language", "en").body("{\"clusterId\":\"%s\",\"scores\":[{\"unitId\":\"%s\",\"finalScore\":1,\"rank\":1}]}"
                .formatted(any, any)).post(HISTORY + live + "/final-scores").then().statusCode(409).body("detail", containsString("has not ended"));
        enter(live, "dossiers", "{\"unitId\":\"%s\",\"nomineeUnitId\":\"%s\",\"awardTypeId\":\"%s\",\"achievements\":\"x\"}".formatted(any, any, any))
                .then().statusCode(409);
        enter(live, "decisions", """
                {"number":"X/QĐ","decisionDate":"%s","signer":"A","signerTitle":"B","nominationIds":["%s"]}""".formatted(today, any))
                .then().statusCode(409);
    }

    @Test
    void shouldLetOnlyTheSecretariatEnterHistory() {
        String period = periodContaining(LocalDate.of(2018, 6, 30), "2018");
        String any = UUID.randomUUID().toString();
        for (String role : List.of("admin", "unit-head", "cluster-lead", "viewer")) {
            Tokens.as(role).contentType(ContentType.JSON)
                    .body("{\"campaignId\":\"%s\",\"unitId\":\"%s\",\"awardTypeId\":\"%s\"}".formatted(any, any, any))
                    .post(HISTORY + period + "/registrations").then().statusCode(403);
        }
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{}").post(HISTORY + UUID.randomUUID() + "/clusters")
                .then().statusCode(anyOf(is(400), is(404)));
    }

    @Test
    void shouldKeepEachRecordInItsOwnPeriod() {
        String period2018 = periodContaining(LocalDate.of(2018, 6, 30), "2018");
        String period2019 = DemoIds.id(9019).toString();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String a = unit("Cục Lịch sử kỳ khác " + tag);
        // a cluster whose body names another period than the path
        enter(period2018, "clusters", """
                {"periodId":"%s","name":"Cụm sai kỳ %s","kind":"KHOI","memberUnitIds":["%s"]}""".formatted(period2019, tag, a))
                .then().statusCode(409);
        String campaign = enter(period2018, "campaigns", """
                {"title":"Phong trào 2018 kỳ khác %s","type":"THEMATIC","scope":"SECTOR","startDate":"2018-05-01","endDate":"2018-10-31",
                 "periodId":"%s","targetSelector":"LIST","targetUnitIds":["%s"]}""".formatted(tag, period2018, a))
                .then().statusCode(201).extract().path("id");
        // the 2018 campaign's registration entered under 2019
        enter(period2019, "registrations", "{\"campaignId\":\"%s\",\"unitId\":\"%s\",\"awardTypeId\":\"%s\"}"
                .formatted(campaign, a, CatalogDemoIds.TTLDXS)).then().statusCode(409).body("detail", containsString("2019"));
        // a day outside the campaign
        enter(period2018, "registrations", "{\"campaignId\":\"%s\",\"unitId\":\"%s\",\"awardTypeId\":\"%s\",\"registeredOn\":\"2018-11-02\"}"
                .formatted(campaign, a, CatalogDemoIds.TTLDXS)).then().statusCode(400).body("errors[0].field", equalTo("registeredOn"));
        // a campaign starting outside the period
        enter(period2018, "campaigns", """
                {"title":"Phong trào ngoài kỳ %s","type":"THEMATIC","scope":"SECTOR","startDate":"2017-05-01","endDate":"2018-10-31",
                 "periodId":"%s","targetSelector":"LIST","targetUnitIds":["%s"]}""".formatted(tag, period2018, a))
                .then().statusCode(400).body("errors[0].field", equalTo("startDate"));
    }
}
