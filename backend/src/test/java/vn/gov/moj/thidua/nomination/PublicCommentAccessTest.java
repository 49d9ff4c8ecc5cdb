package vn.gov.moj.thidua.nomination;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.gov.moj.thidua.common.time.ClockProducer;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/**
 * Who comments on a published dossier, and when (issue 20): the sector's people while the dossier is open for
 * public comment, up to its closing date; never viewers, the read-only integration account or administrators
 * (403), never before publication or after the council (409).
 */
@QuarkusTest
class PublicCommentAccessTest {

    /** THADS tỉnh Tuyên Quang: no other test proposes its people. */
    static final UUID THADS_TUYEN_QUANG = DemoIds.id(314);

    private static ValidatableResponse comment(String id, String role, UUID unit, String text) {
        return Tokens.as(role, unit).contentType(ContentType.JSON).body("{\"text\":\"" + text + "\"}")
                .post("/api/v1/nominations/" + id + "/comments").then();
    }

    @Test
    void shouldLetOnlyTheSectorsPeopleCommentAndOnlyWhileTheDossierIsOpen() {
        UUID unit = THADS_TUYEN_QUANG;
        String id = NominationFixtures.onAgenda(unit, NominationFixtures.personOf(unit, 0), NominationFixtures.CSTDTQ);
        comment(id, "secretariat", DemoIds.VU_TCCB, "Chưa công bố").statusCode(409)
                .body("detail", containsString("không trong thời gian lấy ý kiến"));
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"closingDate\":\"2099-01-01\"}")
                .post("/api/v1/nominations/" + id + "/open-public-comment").then().statusCode(200);

        // read-only roles and the technical administrator read the dossier but may not comment
        for (String[] denied : List.of(new String[] { "viewer", DemoIds.id(13).toString() }, new String[] { "integration", null },
                new String[] { "admin", DemoIds.id(11).toString() })) {
            UUID of = denied[1] == null ? null : UUID.fromString(denied[1]);
            Tokens.as(denied[0], of).get("/api/v1/nominations/" + id).then().statusCode(200);
            comment(id, denied[0], of, "Không được phép").statusCode(403).contentType(startsWith("application/problem+json"))
                    .body("title", equalTo("Không có quyền")).body("detail", containsString("Vai trò của bạn không được phép"));
        }
        Tokens.as("viewer", DemoIds.id(13)).header("Accept-Language", "en").contentType(ContentType.JSON).body("{\"text\":\"x\"}")
                .post("/api/v1/nominations/" + id + "/comments").then().statusCode(403)
                .body("detail", containsString("Your role does not allow"));

        comment(id, "secretariat", DemoIds.VU_TCCB, "Ý kiến của Thường trực").statusCode(201);
        comment(id, "council-member", DemoIds.id(12), "Ý kiến của thành viên Hội đồng").statusCode(201);
        comment(id, "cluster-lead", DemoIds.STP_LANG_SON, "Ý kiến của cụm trưởng").statusCode(201);
        comment(id, "unit-head", unit, "Ý kiến của thủ trưởng đơn vị").statusCode(201);
        comment(id, "unit-officer", DemoIds.CUC_HCTP, "Dòng một\\nDòng hai\\tcó thụt lề").statusCode(201)
                .body("author", equalTo("unit-officer"));
        comment(id, "unit-officer", DemoIds.CUC_HCTP, "Có ký tự\\u0000 NUL").statusCode(400)
                .body("errors[0].field", equalTo("text")).body("detail", containsString("U+0000"));
        Tokens.as("viewer", DemoIds.id(13)).get("/api/v1/nominations/" + id + "/comments").then().statusCode(200)
                .body("text", hasItem("Dòng một\nDòng hai\tcó thụt lề")).body("size()", equalTo(5));

        // the day after the closing date (Vietnam time): closed
        QuarkusMock.installMockForType(Clock.fixed(ZonedDateTime.of(2099, 1, 2, 0, 30, 0, 0, ClockProducer.VIETNAM).toInstant(),
                ClockProducer.VIETNAM), Clock.class);
        comment(id, "secretariat", DemoIds.VU_TCCB, "Quá hạn").statusCode(409).body("detail", containsString("Đã hết hạn góp ý"));
        QuarkusMock.installMockForType(Clock.system(ClockProducer.VIETNAM), Clock.class);

        // after the council: no more comments
        NominationFixtures.councilResult(id, 15, 15, 0);
        comment(id, "secretariat", DemoIds.VU_TCCB, "Sau Hội đồng").statusCode(409)
                .body("detail", containsString("không trong thời gian lấy ý kiến"));
        Tokens.as("secretariat").get("/api/v1/nominations/" + id + "/comments").then().statusCode(200).body("size()", equalTo(5));
    }
}
