package vn.gov.moj.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/** Revoking an award moves its dossier through the state machine: the transition is checked and kept in its history. */
@QuarkusTest
class AwardLedgerRevocationTest {

    /** Sở Tư pháp tỉnh Điện Biên: no other test proposes its people. */
    static final UUID STP_DIEN_BIEN = DemoIds.id(305);

    @Inject
    DossierTransitions transitions;

    @Inject
    EntityManager em;

    @Test
    void shouldRecordTheDossiersRevocationInItsHistoryAndRefuseASecondOne() {
        String id = NominationFixtures.decidedDossier(STP_DIEN_BIEN, 0, "906/QĐ-BTP");
        String award = Tokens.as("viewer").queryParam("decisionId", Tokens.as("secretariat").get("/api/v1/nominations/" + id)
                .then().extract().<String>path("decisionId")).get("/api/v1/awards").then().statusCode(200).extract().path("items[0].id");

        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"reason\":\"Kê khai không trung thực thành tích\"}")
                .post("/api/v1/awards/" + award + "/revoke").then().statusCode(200).body("revoked", equalTo(true));

        Tokens.as("secretariat").get("/api/v1/nominations/" + id).then().statusCode(200).body("status", equalTo("REVOKED"))
                .body("allowedActions", equalTo(List.of()));
        List<Map<String, String>> history = Tokens.as("secretariat").get("/api/v1/nominations/" + id + "/history").then().statusCode(200)
                .extract().path("");
        assertThat(history.get(history.size() - 1)).containsEntry("action", "revoke").containsEntry("fromState", "DECIDED")
                .containsEntry("toState", "REVOKED").containsEntry("reason", "Kê khai không trung thực thành tích");
        Tokens.as("unit-officer", STP_DIEN_BIEN).queryParam("size", 200).get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.nominationId == '" + id + "' && it.kind == 'REVOKED' }.message",
                        org.hamcrest.Matchers.containsString("906/QĐ-BTP"));

        // the state machine refuses what the dossier's state does not allow, and nothing changes
        UUID dossier = UUID.fromString(id);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> transitions.move(em.find(Nomination.class, dossier),
                NominationAction.REVOKE, "again", null)))
                .isInstanceOfSatisfying(ApiProblem.class, p -> {
                    assertThat(p.status()).isEqualTo(409);
                    assertThat(p.getMessage()).contains("REVOKED").contains("'revoke'");
                });
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> transitions.move(em.find(Nomination.class, dossier),
                NominationAction.DECIDE, null, null)))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status()).isEqualTo(409));
        Tokens.as("secretariat").get("/api/v1/nominations/" + id).then().body("status", equalTo("REVOKED"));
        assertThat(Tokens.as("secretariat").get("/api/v1/nominations/" + id + "/history").then().extract().<List<?>>path(""))
                .hasSize(history.size());
    }
}
