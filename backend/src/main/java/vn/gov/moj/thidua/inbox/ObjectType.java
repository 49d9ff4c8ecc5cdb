package vn.gov.moj.thidua.inbox;

import java.util.UUID;

/** What an inbox item points at, and the one place its SPA route is built from its id. */
enum ObjectType {
    CAMPAIGN("CAMPAIGN", "/campaigns/%s"),
    SCORE_SHEET("SCORE_SHEET", "/scoring/sheets/%s"),
    NOMINATION("NOMINATION", "/nominations/%s"),
    VOTING_SESSION("VOTING_SESSION", "/voting/%s"),
    /** A session, opened on its ballot page. */
    BALLOT("VOTING_SESSION", "/voting/%s/ballot"),
    CLUSTER("CLUSTER", "/clusters?selected=%s"),
    /** The yearly statistics report (its id stands for the year); opened on the reports page. */
    STATISTICS_REPORT("STATISTICS_REPORT", "/reports");

    /** The objectType the contract shows. */
    final String name;
    private final String route;

    ObjectType(String name, String route) {
        this.name = name;
        this.route = route;
    }

    String route(UUID id) {
        return route.formatted(id);
    }
}
