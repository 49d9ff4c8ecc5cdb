package vn.gov.moj.thidua.common.security;

import java.util.List;

/** Keycloak realm roles (see DOMAIN.md, "Actors"). */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String SECRETARIAT = "secretariat";
    public static final String COUNCIL_MEMBER = "council-member";
    public static final String CLUSTER_LEAD = "cluster-lead";
    public static final String UNIT_HEAD = "unit-head";
    public static final String UNIT_OFFICER = "unit-officer";
    public static final String VIEWER = "viewer";
    public static final String INTEGRATION = "integration";

    public static final List<String> ALL = List.of(ADMIN, SECRETARIAT, COUNCIL_MEMBER, CLUSTER_LEAD, UNIT_HEAD,
            UNIT_OFFICER, VIEWER, INTEGRATION);

    /** Roles that read across all units (organisation-wide data such as people). */
    public static final List<String> SECTOR_WIDE_READERS = List.of(ADMIN, SECRETARIAT, VIEWER, COUNCIL_MEMBER, INTEGRATION);

    private Roles() {
    }
}
