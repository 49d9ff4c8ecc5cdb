package vn.gov.moj.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.EmbeddedPostgresResource;
import vn.gov.moj.thidua.support.Tokens;

/** Eligibility receipts (issue 18): the rule set a report read, its hash, and what changed after a rule change. */
@QuarkusTest
class EligibilityReceiptTest {

    static final UUID TTLDXS_MIN_CSTDCS = DemoIds.id(100109);

    static long stored(String nomination) throws Exception {
        try (Connection c = EmbeddedPostgresResource.superuserConnection();
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM eligibility_receipt WHERE nomination_id = ?")) {
            s.setObject(1, UUID.fromString(nomination));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void theReceiptNamesEveryVersionReadAndShowsWhatChangedAfterARuleChange() throws Exception {
        UUID person = EligibilityRulesTest.freshPerson("Cán bộ biên nhận 2020");
        String id = EligibilityRulesTest.dossierIn(EligibilityRulesTest.PERIOD_2020, person, EligibilityRulesTest.HCLD_3);

        JsonPath first = EligibilityRulesTest.eligibility(id);
        assertThat(first.getString("receipt.evaluationDate")).isEqualTo("2020-12-31");
        assertThat(first.getString("receipt.hashAlgorithm")).isEqualTo("SHA-256");
        String hash = first.getString("receipt.ruleSetHash");
        assertThat(hash).matches("[0-9a-f]{64}");
        // a version in force on the date: its id, range and value
        assertThat(first.getString("receipt.parameters.find { it.ruleId == 'R-STATE-PER-YEAR' }.versionId"))
                .isEqualTo(DemoIds.id(100141).toString());
        assertThat(first.getString("receipt.parameters.find { it.ruleId == 'R-STATE-PER-YEAR' }.effectiveFrom")).isEqualTo("2017-07-31");
        assertThat(first.getString("receipt.parameters.find { it.ruleId == 'R-STATE-PER-YEAR' }.effectiveTo")).isEqualTo("2023-12-31");
        assertThat(first.getString("receipt.parameters.find { it.ruleId == 'R-STATE-PER-YEAR' }.value")).isEqualTo("true");
        // none in force in 2020: the default used, without a version
        assertThat(first.getString("receipt.parameters.find { it.key == 'minCstdcsMembers' }.versionId")).isNull();
        assertThat(first.getString("receipt.parameters.find { it.key == 'minCstdcsMembers' }.value")).isEqualTo("1");
        assertThat(first.getList("receipt.changes")).isEmpty();
        assertThat(first.getString("receipt.previousHash")).isNull();

        // the same rules again: the same hash, nothing changed, nothing new stored
        JsonPath again = EligibilityRulesTest.eligibility(id);
        assertThat(again.getString("receipt.ruleSetHash")).isEqualTo(hash);
        assertThat(again.getList("receipt.changes")).isEmpty();
        assertThat(stored(id)).isEqualTo(1);

        // a version recorded afterwards for 2020: the next report reads it and names the change
        String version = Tokens.as("secretariat").contentType(ContentType.JSON).body("""
                {"value":"2","effectiveFrom":"2020-01-01","effectiveTo":"2020-12-31","legalInstrument":"Văn bản thử",
                 "legalArticle":"Điều 1","reason":"Kiểm thử biên nhận","verified":false}""")
                .post("/api/v1/rule-parameters/" + TTLDXS_MIN_CSTDCS + "/past-versions").then().statusCode(201).extract().path("id");
        JsonPath after = EligibilityRulesTest.eligibility(id);
        assertThat(after.getString("receipt.ruleSetHash")).isNotEqualTo(hash).matches("[0-9a-f]{64}");
        assertThat(after.getString("receipt.previousHash")).isEqualTo(hash);
        assertThat(after.getList("receipt.changes")).hasSize(1);
        assertThat(after.getString("receipt.changes[0].ruleId")).isEqualTo("R-TTLDXS");
        assertThat(after.getString("receipt.changes[0].key")).isEqualTo("minCstdcsMembers");
        assertThat(after.getString("receipt.changes[0].before.versionId")).isNull();
        assertThat(after.getString("receipt.changes[0].before.value")).isEqualTo("1");
        assertThat(after.getString("receipt.changes[0].after.versionId")).isEqualTo(version);
        assertThat(after.getString("receipt.changes[0].after.value")).isEqualTo("2");
        assertThat(after.getString("receipt.changes[0].after.effectiveTo")).isEqualTo("2020-12-31");
        assertThat(stored(id)).isEqualTo(2);
        // shown again later, the change since the previous rule set is still named
        assertThat(EligibilityRulesTest.eligibility(id).getList("receipt.changes")).hasSize(1);
        assertThat(stored(id)).isEqualTo(2);
    }
}
