package vn.gov.moj.thidua.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.moj.thidua.support.CatalogDemoIds;
import vn.gov.moj.thidua.support.Tokens;

/** Rules are data with dates: asking what was in force on D answers with D's version; a change keeps history. */
@QuarkusTest
class RuleParameterResourceTest {

    @Inject
    RuleBook ruleBook;

    @Test
    void shouldAnswerWithTheVersionInForceOnTheDateAsked() {
        Tokens.as("viewer").queryParam("asOf", "2020-06-30").queryParam("ruleId", "R-CSTDCS-QUOTA")
                .get("/api/v1/rule-parameters")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(CatalogDemoIds.CSTDCS_QUOTA_2017.toString()))
                .body("items[0].legalInstrument", equalTo("Nghị định 91/2017/NĐ-CP"))
                .body("items[0].verified", equalTo(true));
        Tokens.as("viewer").queryParam("asOf", "2025-06-30").queryParam("ruleId", "R-CSTDCS-QUOTA")
                .get("/api/v1/rule-parameters")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].value", equalTo("0.15"))
                .body("items[0].verified", equalTo(false))
                .body("items[0].note", containsString("CHƯA XÁC MINH"));
    }

    @Test
    void shouldSeedTheBaseSalaryAReplayOf2019To2023NeedsAsUnverifiedBackDatedVersions() {
        assertThat(ruleBook.intOn("R-REWARD", "baseAmount", LocalDate.of(2019, 6, 30))).isEqualTo(1390000);
        assertThat(ruleBook.intOn("R-REWARD", "baseAmount", LocalDate.of(2019, 7, 1))).isEqualTo(1490000);
        assertThat(ruleBook.intOn("R-REWARD", "baseAmount", LocalDate.of(2020, 12, 31))).isEqualTo(1490000);
        assertThat(ruleBook.intOn("R-REWARD", "baseAmount", LocalDate.of(2023, 6, 30))).isEqualTo(1490000);
        assertThat(ruleBook.intOn("R-REWARD", "baseAmount", LocalDate.of(2023, 7, 1))).isEqualTo(1800000);
        assertThat(ruleBook.intOn("R-REWARD", "baseAmount", LocalDate.of(2024, 7, 1))).isEqualTo(2340000);
        assertThat(ruleBook.valueOn("R-REWARD", "baseAmount", LocalDate.of(2018, 6, 30))).isEmpty();
        var v2019 = ruleBook.valueOn("R-REWARD", "baseAmount", LocalDate.of(2019, 12, 31)).orElseThrow();
        assertThat(v2019.verified()).isFalse();
        assertThat(v2019.legalSource()).isEqualTo("Nghị định 38/2019/NĐ-CP, Điều 3");
    }

    @Test
    void shouldSeedTheParametersVotingAndNominationNeed() {
        LocalDate d = LocalDate.of(2025, 12, 1);
        assertThat(ruleBook.fractionOn("R-CSTDCS-QUOTA", "maxShareOfLdtt", d).maxOutOf(20)).isEqualTo(3);
        assertThat(ruleBook.intOn("R-CSTD-BO", "consecutiveCstdcsYears", d)).isEqualTo(3);
        assertThat(ruleBook.intOn("R-CSTDTQ", "consecutiveMinistryCstdYears", d)).isEqualTo(2);
        assertThat(ruleBook.fractionOn("R-TTLDTT", "minShareLdtt", d).isMetBy(7, 10)).isTrue();
        assertThat(ruleBook.fractionOn("R-TTLDXS", "minShareCompletingTasks", d).isMetBy(9, 10)).isFalse();
        assertThat(ruleBook.intOn("R-TTLDXS", "minCstdcsMembers", d)).isEqualTo(1);
        assertThat(ruleBook.fractionOn("R-CO-NGANH", "voteThreshold", d).isMetBy(4, 6)).isTrue();
        assertThat(ruleBook.textOn("R-CO-NGANH", "voteBase", d)).isEqualTo("ALL_MEMBERS");
        assertThat(ruleBook.flagOn("R-CO-NGANH", "selfVoteAllowed", d)).isFalse();
        assertThat(ruleBook.intOn("R-CO-NGANH", "flagsPerCluster", d)).isEqualTo(1);
        assertThat(ruleBook.decimalOn("R-COUNCIL-VOTE", "threshold", d)).isEqualByComparingTo("0.9");
        assertThat(ruleBook.valueOn("R-COUNCIL-VOTE", "threshold", LocalDate.of(2019, 1, 1)).orElseThrow().verified()).isTrue();
        assertThat(ruleBook.valueOn("R-COUNCIL-VOTE", "threshold", d).orElseThrow().verified()).isFalse();
        assertThat(ruleBook.valueOn("R-CSTDCS-QUOTA", "maxShareOfLdtt", LocalDate.of(2010, 1, 1))).isEmpty();
    }

    @Test
    void shouldKeepHistoryWhenTheSecretariatChangesAValue() {
        String created = Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"ruleId":"R-TEST-HISTORY","key":"flags","valueType":"INTEGER","value":"1","description":"Số cờ",
                         "effectiveFrom":"2024-01-01","legalInstrument":"Quy chế Cụm","verified":false}""")
                .post("/api/v1/rule-parameters")
                .then().statusCode(201).body("createdBy", equalTo("secretariat")).extract().path("id");
        String revised = Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"value":"3","effectiveFrom":"2026-01-01","legalInstrument":"Quy chế Cụm 2026","legalArticle":"Điều 4","verified":true}""")
                .post("/api/v1/rule-parameters/" + created + "/revisions")
                .then().statusCode(201).body("value", equalTo("3")).body("effectiveTo", equalTo(null)).extract().path("id");

        Tokens.as("viewer").get("/api/v1/rule-parameters/" + revised + "/versions")
                .then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].value", equalTo("1"))
                .body("[0].effectiveTo", equalTo("2025-12-31"))
                .body("[1].value", equalTo("3"));
        assertThat(ruleBook.intOn("R-TEST-HISTORY", "flags", LocalDate.of(2025, 12, 31))).isEqualTo(1);
        assertThat(ruleBook.intOn("R-TEST-HISTORY", "flags", LocalDate.of(2026, 1, 1))).isEqualTo(3);
        List<String> actions = Tokens.as("viewer").get("/api/v1/rule-parameters/" + created + "/history")
                .then().statusCode(200).extract().path("action");
        assertThat(actions).containsExactly("create", "supersede", "revise");
    }

    @Test
    void shouldRefuseARevisionThatRewritesThePastOrHasTheWrongType() {
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"value":"0.2","effectiveFrom":"2020-01-01","legalInstrument":"x","verified":false}""")
                .post("/api/v1/rule-parameters/" + CatalogDemoIds.CSTDCS_QUOTA_2024 + "/revisions")
                .then().statusCode(400).body("errors.field", hasItem("effectiveFrom"));
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"value":"mười lăm phần trăm","effectiveFrom":"2030-01-01","legalInstrument":"x","verified":false}""")
                .post("/api/v1/rule-parameters/" + CatalogDemoIds.CSTDCS_QUOTA_2024 + "/revisions")
                .then().statusCode(400).body("errors.field", hasItem("value"));
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"ruleId":"R-CSTDCS-QUOTA","key":"maxShareOfLdtt","valueType":"DECIMAL","value":"0.2","description":"x",
                         "effectiveFrom":"2030-01-01","legalInstrument":"x","verified":false}""")
                .post("/api/v1/rule-parameters").then().statusCode(409);
    }

    @Test
    void shouldLetOnlyTheSecretariatChangeRules() {
        Tokens.as("unit-head").contentType(ContentType.JSON)
                .body("""
                        {"value":"0.2","effectiveFrom":"2030-01-01","legalInstrument":"x","verified":false}""")
                .post("/api/v1/rule-parameters/" + CatalogDemoIds.CSTDCS_QUOTA_2024 + "/revisions")
                .then().statusCode(403);
        Tokens.as("admin").contentType(ContentType.JSON)
                .body("""
                        {"value":"0.2","effectiveFrom":"2030-01-01","legalInstrument":"x","verified":false}""")
                .post("/api/v1/rule-parameters/" + CatalogDemoIds.CSTDCS_QUOTA_2024 + "/revisions")
                .then().statusCode(403);
    }
}
