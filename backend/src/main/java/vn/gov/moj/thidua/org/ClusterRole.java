package vn.gov.moj.thidua.org;

/** A member's role in its cluster for the period (named by rotation each year). */
public enum ClusterRole {
    /** Cụm trưởng. */
    HEAD,
    /** Cụm phó. */
    DEPUTY,
    MEMBER
}
