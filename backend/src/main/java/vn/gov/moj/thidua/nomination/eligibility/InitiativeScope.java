package vn.gov.moj.thidua.nomination.eligibility;

/** Where an initiative (sáng kiến) was recognised as effective; ordered from narrowest to widest. */
public enum InitiativeScope {
    /** Cơ sở — recognised at grassroots level. */
    GRASSROOTS,
    /** Bộ, ngành — recognised across the Ministry / sector. */
    MINISTRY,
    /** Toàn quốc — nationwide. */
    NATIONAL
}
