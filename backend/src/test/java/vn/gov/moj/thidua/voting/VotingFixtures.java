package vn.gov.moj.thidua.voting;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.Tokens;

/** Sessions made through the API for tests; demo ids of the voting demo data (db/demo V30). */
final class VotingFixtures {

    static final UUID DEMO_2019_CO_NGANH = DemoIds.id(120001);
    static final UUID DEMO_2019_CO_CP = DemoIds.id(120002);
    static final UUID DEMO_2026_DRAFT = DemoIds.id(120003);
    static final UUID CO_NGANH = DemoIds.id(100007);
    static final UUID CUC_BTTP = DemoIds.id(108);
    static final UUID CUC_QLTHADS = DemoIds.id(204);
    static final UUID VU_HTQT = DemoIds.id(14);
    /** The six members of Cụm III 2026: head 0202, deputy 0203. */
    static final List<UUID> CUM_III_2026 = List.of(DemoIds.CUC_DKGDBD_BTNN, DemoIds.CUC_HCTP, DemoIds.CUC_PBGDPL_TGPL, CUC_BTTP,
            CUC_QLTHADS, VU_HTQT);

    private VotingFixtures() {
    }

    static String base(UUID id) {
        return "/api/v1/voting-sessions/" + id;
    }

    /** A Cụm III 2026 election created by its lead; extra JSON members are appended to the body. */
    static UUID clusterElection(String extra) {
        return Tokens.as("cluster-lead", DemoIds.CUC_DKGDBD_BTNN).contentType(ContentType.JSON)
                .body("{\"purpose\":\"CLUSTER_ELECTION\",\"title\":\"Suy tôn thử nghiệm\",\"clusterId\":\"" + DemoIds.CUM_III_2026
                        + "\",\"awardTypeId\":\"" + CO_NGANH + "\",\"sessionDate\":\"2026-12-15\",\"place\":\"Hà Nội\"" + extra + "}")
                .post("/api/v1/voting-sessions").then().statusCode(201).extract().jsonPath().getUUID("id");
    }

    static void open(UUID id, List<UUID> present) {
        Tokens.as("cluster-lead", DemoIds.CUC_DKGDBD_BTNN).contentType(ContentType.JSON)
                .body("{\"present\":[" + present.stream().map(u -> "\"" + u + "\"").collect(Collectors.joining(",")) + "]}")
                .post(base(id) + "/open").then().statusCode(200);
    }

    /** A ballot: YES for the listed candidates, NO for the other candidates of the session. */
    static String ballot(List<UUID> candidates, List<UUID> yes) {
        List<String> marks = new ArrayList<>();
        for (UUID c : candidates) {
            marks.add("{\"candidateRef\":\"" + c + "\",\"choice\":\"" + (yes.contains(c) ? "YES" : "NO") + "\"}");
        }
        return "{\"choices\":[" + String.join(",", marks) + "]}";
    }

    static Response castAsHead(UUID session, UUID unit, String body) {
        return Tokens.as("unit-head", unit).contentType(ContentType.JSON).body(body).post(base(session) + "/ballots");
    }

    static void lead(UUID session, String action) {
        Tokens.as("cluster-lead", DemoIds.CUC_DKGDBD_BTNN).post(base(session) + "/" + action).then().statusCode(200);
    }
}
