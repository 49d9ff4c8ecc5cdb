package vn.gov.moj.thidua.catalog;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import vn.gov.moj.thidua.common.persistence.VersionedEntity;

/**
 * Tham số quy định — one dated version of a rule's parameter (e.g. R-CSTDCS-QUOTA maxShareOfLdtt = 0.15
 * from 2024-01-01). A change closes this version ({@code effectiveTo}) and adds a new one; nothing is overwritten.
 */
@Entity
@Table(name = "rule_parameter")
public class RuleParameter extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "rule_id")
    public String ruleId;

    public String key;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_type")
    public ValueType valueType;

    public String value;

    public String description;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    @Column(name = "legal_instrument")
    public String legalInstrument;

    @Column(name = "legal_article")
    public String legalArticle;

    public boolean verified;

    public String note;

    /** Why a version was recorded for a past date range; null for versions recorded before they applied. */
    public String reason;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;

    public boolean inForceOn(LocalDate date) {
        return !effectiveFrom.isAfter(date) && (effectiveTo == null || !effectiveTo.isBefore(date));
    }

    @PrePersist
    void onCreate() {
        if (id == null) {
            id = UUID.randomUUID();
        }
    }

    /** A new, unsaved version of the same parameter (rule, key, type, description); its value and dates are the caller's. */
    static RuleParameter versionOf(RuleParameter template) {
        RuleParameter version = new RuleParameter();
        version.ruleId = template.ruleId;
        version.key = template.key;
        version.valueType = template.valueType;
        version.description = template.description;
        return version;
    }
}
