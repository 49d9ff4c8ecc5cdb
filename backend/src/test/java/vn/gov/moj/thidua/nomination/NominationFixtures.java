package vn.gov.moj.thidua.nomination;

import java.util.UUID;

import io.restassured.http.ContentType;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/** Dossiers and initiatives made through the API for one test, with the demo ids of db/demo V40. */
final class NominationFixtures {

    static final UUID CSTD_NGANH = DemoIds.id(100003);
    static final UUID CSTDTQ = DemoIds.id(100004);
    static final UUID TTLDTT = DemoIds.id(100005);
    static final UUID CO_NGANH = DemoIds.id(100007);
    static final UUID CSTDCS = DemoIds.id(100002);
    static final UUID LDTT = DemoIds.id(100001);
    static final UUID PERIOD_2025 = DemoIds.id(9025);
    static final UUID XA_HUU_LUNG = DemoIds.id(331);
    static final UUID MINISTRY_INITIATIVE = DemoIds.id(400001);
    static final UUID DEMO_DRAFT = DemoIds.id(420001);

    private NominationFixtures() {
    }

    /** A ministry-scope initiative of person 7001, recorded by her unit's officer. */
    static String initiative(String title, String scope) {
        return Tokens.as("unit-officer", DemoIds.CUC_PBGDPL_TGPL).contentType(ContentType.JSON)
                .body("""
                        {"title":"%s","scope":"%s","ownerIds":["%s"],"recognitionNumber":"77/QĐ-BTP","recognitionDate":"2025-09-01",
                         "recognitionBody":"Hội đồng sáng kiến Bộ Tư pháp"}""".formatted(title, scope, DemoIds.PERSON_NHUNG))
                .post("/api/v1/initiatives").then().statusCode(201).extract().path("id");
    }

    static String personDossier(UUID unit, UUID person, UUID awardType, String initiativesJson) {
        return Tokens.as("unit-officer", unit).contentType(ContentType.JSON)
                .body("""
                        {"personId":"%s","awardTypeId":"%s","periodId":"%s","achievements":"Hoàn thành xuất sắc nhiệm vụ","initiativeIds":%s}"""
                        .formatted(person, awardType, PERIOD_2025, initiativesJson))
                .post("/api/v1/nominations").then().statusCode(201).extract().path("id");
    }

    static String unitDossier(UUID unit, UUID awardType, String electionSession) {
        return Tokens.as("unit-officer", unit).contentType(ContentType.JSON)
                .body("""
                        {"nomineeUnitId":"%s","awardTypeId":"%s","periodId":"%s","achievements":"Dẫn đầu Cụm thi đua","electionSessionId":%s}"""
                        .formatted(unit, awardType, PERIOD_2025, electionSession == null ? "null" : "\"" + electionSession + "\""))
                .post("/api/v1/nominations").then().statusCode(201).extract().path("id");
    }

    static void act(String id, String role, UUID unit, String action) {
        Tokens.as(role, unit).post("/api/v1/nominations/" + id + "/" + action).then().statusCode(200);
    }

    /** From DRAFT to APPRAISING: the unit head submits, the secretariat receives and appraises. */
    static void toAppraising(String id, UUID unit) {
        act(id, "unit-head", unit, "submit");
        act(id, "secretariat", DemoIds.VU_TCCB, "receive");
        act(id, "secretariat", DemoIds.VU_TCCB, "appraise");
    }

    static void councilResult(String id, int members, int yes, int no) {
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"members":%d,"yes":%d,"no":%d,"minutes":"Biên bản họp Hội đồng TĐKT ngành số 12/BB-HĐTĐKT"}""".formatted(members, yes, no))
                .post("/api/v1/nominations/" + id + "/council-result").then().statusCode(200);
    }

    /** The {@code index}-th person (by id) of a unit. */
    static UUID personOf(UUID unit, int index) {
        return UUID.fromString(Tokens.as("secretariat").queryParam("unitId", unit).queryParam("size", 200).get("/api/v1/people")
                .then().statusCode(200).extract().path("items.id.sort()[" + index + "]"));
    }

    /** A dossier of a unit's person, eligibility overridden, taken to the council's agenda. */
    static String onAgenda(UUID unit, UUID person, UUID awardType) {
        String id = personDossier(unit, person, awardType, "[]");
        Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"reason\":\"Kiểm thử quy trình\"}")
                .post("/api/v1/nominations/" + id + "/override-eligibility").then().statusCode(200);
        toAppraising(id, unit);
        act(id, "secretariat", DemoIds.VU_TCCB, "put-on-agenda");
        return id;
    }

    /** An LDTT dossier of the unit's {@code index}-th person, approved by the council and decided by decision {@code number}. */
    static String decidedDossier(UUID unit, int index, String number) {
        String id = onAgenda(unit, personOf(unit, index), LDTT);
        councilResult(id, 15, 14, 1);
        Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"number":"%s","decisionDate":"2026-03-25","signer":"Nguyễn Văn Bộ","signerTitle":"Bộ trưởng Bộ Tư pháp",
                         "nominationIds":["%s"]}""".formatted(number, id))
                .post("/api/v1/decisions").then().statusCode(201);
        return id;
    }

    /** Uploads a small PDF of the given kind to the dossier as its unit's officer. */
    static void attachDocument(String id, UUID unit, String kind) {
        byte[] pdf = "TO_TRINH".equals(kind) ? signedPdf() : minimalPdf();
        Tokens.as("unit-officer", unit).multiPart("kind", kind).multiPart("file", kind.toLowerCase() + ".pdf", pdf, "application/pdf")
                .post("/api/v1/nominations/" + id + "/documents").then().statusCode(201);
    }

    /** A real one-page PDF (a tờ trình is read by the signature validator: a fake one would be refused as unreadable). */
    static byte[] minimalPdf() {
        try {
            return vn.gov.moj.thidua.support.TestPki.minimalPdf();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A one-page PDF signed by a unit head under the test trust list: a tờ trình R-EVIDENCE accepts from 2025. */
    static byte[] signedPdf() {
        try {
            return vn.gov.moj.thidua.support.TestPki.trustedUnitHead().sign(minimalPdf());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The two documents R-EVIDENCE requires: the tờ trình and the báo cáo thành tích. */
    static void attachRequiredDocuments(String id, UUID unit) {
        attachDocument(id, unit, "TO_TRINH");
        attachDocument(id, unit, "BAO_CAO_THANH_TICH");
    }
}
