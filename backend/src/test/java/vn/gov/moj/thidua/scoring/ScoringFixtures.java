package vn.gov.moj.thidua.scoring;

import java.util.List;
import java.util.UUID;

import io.restassured.http.ContentType;
import vn.gov.moj.thidua.support.Tokens;

/**
 * Builds a period of its own with a published template and a cluster, through the API, so tests that move
 * sheets through their states never touch the demo cluster.
 */
public final class ScoringFixtures {

    /** 15 points: A (10) = A.1 banded 2 + A.2 manual 8; B (5) = B.1 lateness 2 + B.2 binary 3; D (0) = D.1 deduction 0.5/event cap 2. */
    static final String SECTIONS = """
            [{"code":"A","title":"Nhiệm vụ chuyên môn","maxPoints":10,"criteria":[
               {"code":"A.1","text":"Thẩm định đúng hạn","maxPoints":2,"method":"BANDED","bands":[
                 {"from":0,"to":60,"points":0},{"from":60,"to":95,"points":1},{"from":95,"to":100,"points":1.75},{"from":100,"points":2}]},
               {"code":"A.2","text":"Hoàn thành kế hoạch","maxPoints":8,"method":"MANUAL"}]},
             {"code":"B","title":"Báo cáo","maxPoints":5,"criteria":[
               {"code":"B.1","text":"Báo cáo đúng hạn","maxPoints":2,"method":"LATENESS_BANDED","bands":[
                 {"from":0,"to":1,"points":2},{"from":1,"to":3,"points":1.5},{"from":3,"points":0}]},
               {"code":"B.2","text":"Có kế hoạch năm","maxPoints":3,"method":"BINARY"}]},
             {"code":"D","title":"Điểm trừ","maxPoints":0,"criteria":[
               {"code":"D.1","text":"Văn bản bị trả lại","maxPoints":2,"method":"DEDUCTION","perEvent":0.5}]}]""";

    public record World(UUID periodId, UUID templateId, UUID clusterId) {
    }

    private ScoringFixtures() {
    }

    static String templateBody(UUID periodId, String name, String extra) {
        return """
                {"periodId":"%s","targetGroup":"MINISTRY_UNITS","name":"%s","totalPoints":15,
                 "tieBreak":["SECTION:A","FEWER_DEDUCTIONS"]%s,"sections":%s}""".formatted(periodId, name, extra, SECTIONS);
    }

    static UUID period(String label) {
        return UUID.fromString(Tokens.as("secretariat").contentType(ContentType.JSON).body("{\"label\":\"" + label + "\"}")
                .post("/api/v1/periods").then().statusCode(201).extract().path("id"));
    }

    /** A period, a published template and a cluster of the given members (the first is the head, the second the deputy). */
    public static World world(String year, List<UUID> members) {
        return world(year, members, false);
    }

    static World world(String year, List<UUID> members, boolean requiresCertification) {
        UUID period = period(year);
        UUID template = UUID.fromString(Tokens.as("secretariat").contentType(ContentType.JSON)
                .body(templateBody(period, "Bảng tiêu chí thử " + year, ",\"requiresCertification\":" + requiresCertification))
                .post("/api/v1/scoring-templates").then().statusCode(201).extract().path("id"));
        Tokens.as("secretariat").post("/api/v1/scoring-templates/" + template + "/publish").then().statusCode(200);
        String ids = String.join(",", members.stream().map(m -> "\"" + m + "\"").toList());
        UUID cluster = UUID.fromString(Tokens.as("secretariat").contentType(ContentType.JSON)
                .body("""
                        {"periodId":"%s","name":"Cụm thử %s","kind":"CUM","memberUnitIds":[%s],"headUnitId":"%s","deputyUnitIds":["%s"]}"""
                        .formatted(period, year, ids, members.get(0), members.get(1)))
                .post("/api/v1/clusters").then().statusCode(201).extract().path("id"));
        return new World(period, template, cluster);
    }

    public static UUID openSheet(UUID cluster, UUID unit) {
        return UUID.fromString(Tokens.as("unit-officer", unit).contentType(ContentType.JSON)
                .body("{\"clusterId\":\"" + cluster + "\"}")
                .post("/api/v1/score-sheets").then().statusCode(201).extract().path("id"));
    }

    static String etag(UUID sheet, UUID unit) {
        return Tokens.as("unit-officer", unit).get("/api/v1/score-sheets/" + sheet).then().statusCode(200).extract().header("ETag");
    }

    /** Scores every criterion: A.1 97% (1.75), A.2 6, B.1 2 days late (1.5), B.2 yes (3), D.1 one event (−0.5) → 11.75. */
    public static void scoreAll(UUID sheet, UUID unit, String a2) {
        Tokens.as("unit-officer", unit).contentType(ContentType.JSON).header("If-Match", etag(sheet, unit))
                .body("""
                        {"entries":[{"criterionCode":"A.1","input":97},{"criterionCode":"A.2","input":%s},
                          {"criterionCode":"B.1","input":2},{"criterionCode":"B.2","input":1},{"criterionCode":"D.1","input":1}]}"""
                        .formatted(a2))
                .put("/api/v1/score-sheets/" + sheet + "/self-scores").then().statusCode(200);
    }

    public static void submit(UUID sheet, UUID unit) {
        Tokens.as("unit-head", unit).post("/api/v1/score-sheets/" + sheet + "/submit").then().statusCode(200);
    }
}
