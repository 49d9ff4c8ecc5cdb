package vn.gov.moj.thidua.nomination;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/**
 * The problems of dossiers, imports, documents, the council and reports speak Vietnamese by default, naming fields
 * and columns in words, and English when the request's Accept-Language asks for it (issue 15).
 */
@QuarkusTest
class NominationProblemLanguageTest {

    private static final String HEADER = NominationImportResourceTest.HEADER;

    private static RequestSpecification officer(String language) {
        RequestSpecification spec = Tokens.as("unit-officer", NominationFixtures.XA_HUU_LUNG);
        return language == null ? spec : spec.header("Accept-Language", language);
    }

    @Test
    void aRejectedNomineeListNamesEachRowAndColumnInWords() {
        String csv = HEADER + "KHONG_CO,2025," + DemoIds.PERSON_PAO + ",,Hoàn thành tốt nhiệm vụ\n"
                + "LDTT,2025,abc,,Hoàn thành tốt nhiệm vụ\n"
                + "LDTT,2025," + DemoIds.PERSON_NHUNG + ",,Người của đơn vị khác\n";
        officer(null).contentType("text/csv; charset=UTF-8").body(csv).post("/api/v1/nominations/imports")
                .then().statusCode(422).contentType("application/problem+json")
                .body("title", equalTo("Không nhập được dữ liệu"))
                .body("detail", equalTo("Chưa nhập dữ liệu nào: tệp có 3 lỗi ở 3 dòng. Hãy sửa các lỗi dưới đây rồi gửi lại toàn bộ tệp."))
                .body("errors.field", contains("rows[2].awardType", "rows[3].personId", "rows[4].personId"))
                .body("errors.message", contains(
                        "Dòng 2, cột Mã danh hiệu (awardType): không có danh hiệu mã KHONG_CO",
                        "Dòng 3, cột Mã cá nhân (personId): \"abc\" không phải mã định danh hợp lệ",
                        // a single draft's own check, relayed in the caller's language
                        "Dòng 4, cột Mã cá nhân (personId): Nguyễn Thị Hồng Nhung không thuộc đơn vị đề nghị hoặc các đơn vị trực thuộc"));
        officer("en-US,en;q=0.9").contentType("text/csv; charset=UTF-8").body(csv).post("/api/v1/nominations/imports")
                .then().statusCode(422)
                .body("title", equalTo("Import rejected"))
                .body("detail", startsWith("Nothing was imported: 3 error(s) in 3 row(s)"))
                .body("errors.message", contains(
                        "Row 2, column Award type code (awardType): no award type with code KHONG_CO",
                        "Row 3, column Person id (personId): \"abc\" is not an id",
                        "Row 4, column Person id (personId): Nguyễn Thị Hồng Nhung does not belong to the proposing unit or its sub-units"));
        // the same rows, put right, pass in either language
        officer("en").contentType("text/csv; charset=UTF-8").body(HEADER + "LDTT,2025," + DemoIds.PERSON_PAO + ",,Hoàn thành tốt nhiệm vụ\n")
                .post("/api/v1/nominations/imports").then().statusCode(200).body("imported", equalTo(1));
    }

    @Test
    void aBadHeaderIsNamedAsTheHeaderRow() {
        officer(null).contentType("text/csv; charset=UTF-8").body("name,year\nx,2025\n").post("/api/v1/nominations/imports")
                .then().statusCode(422).body("errors.field", contains("rows[1].header"))
                .body("errors[0].message", startsWith("Dòng tiêu đề (dòng 1): thiếu cột awardType, period, achievements;"));
    }

    @Test
    void aDossierForTheWrongKindOfNomineeIsRefusedInWords() {
        String body = """
                {"personId":"%s","awardTypeId":"%s","periodId":"%s","achievements":"Hoàn thành xuất sắc nhiệm vụ"}"""
                .formatted(DemoIds.PERSON_PAO, NominationFixtures.TTLDTT, NominationFixtures.PERIOD_2025);
        officer(null).contentType(ContentType.JSON).body(body).post("/api/v1/nominations").then().statusCode(422)
                .body("title", equalTo("Dữ liệu không hợp lệ"))
                .body("detail", equalTo("Đơn vị được đề nghị: Tập thể lao động tiên tiến là hình thức khen thưởng tập thể: "
                        + "hãy chọn đơn vị được đề nghị"))
                .body("errors.field", contains("nomineeUnitId"));
        officer("en").contentType(ContentType.JSON).body(body).post("/api/v1/nominations").then().statusCode(422)
                .body("title", equalTo("Invalid request"))
                .body("errors[0].message", equalTo("Tập thể lao động tiên tiến is awarded to collectives: choose the unit nominated"));
    }

    @Test
    void anIneligibleDossierSaysWhatCannotHappenAndWhy() {
        String id = NominationFixtures.personDossier(NominationFixtures.XA_HUU_LUNG, DemoIds.PERSON_PAO, NominationFixtures.CSTD_NGANH, "[]");
        Tokens.as("unit-head", NominationFixtures.XA_HUU_LUNG).post("/api/v1/nominations/" + id + "/submit").then().statusCode(409)
                .body("title", equalTo("Chưa đáp ứng điều kiện khen thưởng"))
                .body("detail", startsWith("Chưa thể gửi hồ sơ vì hồ sơ chưa đáp ứng: "))
                .body("detail", not(containsString("R-CSTD-BO")))
                .body("errors.field", hasItem("R-CSTD-BO"))
                .body("errors.message", hasItem(containsString("Mới 2 năm liên tục đạt Chiến sĩ thi đua cơ sở")));
        Tokens.as("unit-head", NominationFixtures.XA_HUU_LUNG).header("Accept-Language", "en")
                .post("/api/v1/nominations/" + id + "/submit").then().statusCode(409)
                .body("detail", startsWith("Cannot submit the dossier while rules fail: "));
    }

    @Test
    void aDocumentOfAnUnacceptedTypeIsRefusedInWordsAndAPdfIsTaken() {
        String id = NominationFixtures.personDossier(NominationFixtures.XA_HUU_LUNG, DemoIds.PERSON_PAO, NominationFixtures.LDTT, "[]");
        byte[] text = "ghi chú".getBytes(StandardCharsets.UTF_8);
        officer(null).multiPart("kind", "EVIDENCE").multiPart("file", "ghi-chu.txt", text, "text/plain")
                .post("/api/v1/nominations/" + id + "/documents").then().statusCode(415)
                .body("title", equalTo("Loại tệp không được hỗ trợ"))
                .body("detail", equalTo("Không nhận tệp loại \"text/plain\"; hãy gửi tệp PDF, Word, Excel, ODT, PNG hoặc JPEG."));
        officer("en").multiPart("kind", "EVIDENCE").multiPart("file", "ghi-chu.txt", text, "text/plain")
                .post("/api/v1/nominations/" + id + "/documents").then().statusCode(415)
                .body("detail", equalTo("Files of type \"text/plain\" are not accepted; send PDF, Word, Excel, ODT, PNG or JPEG"));
        officer(null).multiPart("kind", "EVIDENCE").multiPart("file", "gia-mao.pdf", text, "application/pdf")
                .post("/api/v1/nominations/" + id + "/documents").then().statusCode(415)
                .body("detail", startsWith("Nội dung tệp không đúng với loại tệp đã khai báo (\"application/pdf\")"));
        NominationFixtures.attachDocument(id, NominationFixtures.XA_HUU_LUNG, "EVIDENCE");
    }

    @Test
    void aCouncilVoteOnAnUnpublishedSessionIsRefusedInWords() {
        String id = NominationFixtures.onAgenda(NominationFixtures.XA_HUU_LUNG, DemoIds.PERSON_PAO, NominationFixtures.LDTT);
        String unknown = DemoIds.id(999002).toString();
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"sessionId\":\"" + unknown + "\"}")
                .post("/api/v1/nominations/" + id + "/council-vote").then().statusCode(409)
                .body("title", equalTo("Xung đột dữ liệu"))
                .body("detail", equalTo("Phiên bỏ phiếu " + unknown + " không tồn tại hoặc chưa công bố kết quả."));
        Tokens.as("secretariat").header("Accept-Language", "en").contentType(ContentType.JSON).body("{\"sessionId\":\"" + unknown + "\"}")
                .post("/api/v1/nominations/" + id + "/council-vote").then().statusCode(409)
                .body("detail", equalTo("Voting session " + unknown + " is unknown or not yet published"));
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"members\":5,\"yes\":4,\"no\":3,\"minutes\":\"Biên bản số 3\"}")
                .post("/api/v1/nominations/" + id + "/council-result").then().statusCode(400)
                .body("detail", equalTo("Đồng ý: tổng số phiếu đồng ý và không đồng ý (7) nhiều hơn số thành viên Hội đồng (5)"));
        Tokens.as("secretariat").get("/api/v1/nominations/" + id).then().body("status", equalTo("ON_AGENDA"));
    }

    @Test
    void aReportWithItsYearsBackwardsNamesTheFieldsInWords() {
        Tokens.as("viewer").queryParam("yearFrom", 2026).queryParam("yearTo", 2020).get("/api/v1/reports/awards").then().statusCode(400)
                .body("detail", equalTo("Từ năm: không được sau Đến năm (2020)")).body("errors.field", contains("yearFrom"));
        Tokens.as("viewer").header("Accept-Language", "en").queryParam("yearFrom", 2026).queryParam("yearTo", 2020)
                .get("/api/v1/reports/awards").then().statusCode(400)
                .body("errors[0].message", equalTo("must not be after Year to (2020)"));
        Tokens.as("viewer").queryParam("yearFrom", 2020).queryParam("yearTo", 2026).get("/api/v1/reports/awards").then().statusCode(200);
    }
}
