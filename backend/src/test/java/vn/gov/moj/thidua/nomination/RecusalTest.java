package vn.gov.moj.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/** Recusal of council members (issue 19): the policy alone, and the dossier's visibility over HTTP. */
@QuarkusTest
class RecusalTest {

    static final UUID A = UUID.randomUUID();
    static final UUID B = UUID.randomUUID();
    static final UUID PERSON = UUID.randomUUID();

    @Test
    void shouldRecuseTheMembersOfTheProposingOrNominatedUnitAndTheNominee() {
        assertThat(RecusalPolicy.recused(List.of(A), null, A, null, PERSON)).isTrue(); // the member's unit proposes its person
        assertThat(RecusalPolicy.recused(List.of(A), null, B, A, null)).isTrue(); // the member's unit is the nominee
        assertThat(RecusalPolicy.recused(List.of(), PERSON, B, null, PERSON)).isTrue(); // the member is the nominee
        assertThat(RecusalPolicy.recused(List.of(A), null, B, B, null)).isFalse();
        assertThat(RecusalPolicy.recused(List.of(), null, B, null, PERSON)).isFalse();
        assertThat(RecusalPolicy.beforeResult(NominationStatus.ON_AGENDA)).isTrue();
        assertThat(RecusalPolicy.beforeResult(NominationStatus.APPROVED)).isFalse();
    }

    @Test
    void shouldHideAnAgendaItemFromACouncilMemberOfTheProposingUnitUntilTheResult() {
        String id = NominationFixtures.personDossier(NominationFixtures.XA_HUU_LUNG, DemoIds.PERSON_PAO, NominationFixtures.LDTT, "[]");
        NominationFixtures.toAppraising(id, NominationFixtures.XA_HUU_LUNG);
        NominationFixtures.act(id, "secretariat", DemoIds.VU_TCCB, "put-on-agenda");

        // A member from xã Hữu Lũng stands aside: neither the item nor the agenda list shows it.
        Tokens.as("council-member", NominationFixtures.XA_HUU_LUNG).get("/api/v1/nominations/" + id).then().statusCode(404);
        Tokens.as("council-member", NominationFixtures.XA_HUU_LUNG).queryParam("status", "ON_AGENDA").queryParam("size", 200)
                .get("/api/v1/nominations").then().statusCode(200).body("items.id", not(hasItem(id)));
        // A member from another unit reads and lists it.
        Tokens.as("council-member", DemoIds.id(12)).get("/api/v1/nominations/" + id).then().statusCode(200);
        Tokens.as("council-member", DemoIds.id(12)).queryParam("status", "ON_AGENDA").queryParam("size", 200)
                .get("/api/v1/nominations").then().statusCode(200).body("items.id", hasItem(id));

        // After the council's result the recused member reads it again.
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("{\"members\":10,\"yes\":10,\"no\":0,\"minutes\":\"Biên bản họp Hội đồng số 1\"}")
                .post("/api/v1/nominations/" + id + "/council-result").then().statusCode(200).body("status", equalTo("APPROVED"));
        Tokens.as("council-member", NominationFixtures.XA_HUU_LUNG).get("/api/v1/nominations/" + id).then().statusCode(200);
    }
}
