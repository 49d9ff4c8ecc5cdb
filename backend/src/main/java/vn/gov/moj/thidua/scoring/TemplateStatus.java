package vn.gov.moj.thidua.scoring;

/** A template is edited as DRAFT, frozen once PUBLISHED, and SUPERSEDED when a later version is published. */
public enum TemplateStatus {
    DRAFT, PUBLISHED, SUPERSEDED
}
