package vn.gov.moj.thidua.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One rule set a dossier's eligibility was judged under (append-only; {@link EligibilityReceipts}). */
@Entity
@Table(name = "eligibility_receipt")
public class EligibilityReceipt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "nomination_id")
    public UUID nominationId;

    @Column(name = "evaluated_on")
    public LocalDate evaluatedOn;

    @Column(name = "rule_set_hash")
    public String ruleSetHash;

    /** The parameters read, as JSON (a list of {@link vn.gov.moj.thidua.nomination.eligibility.RuleSetReceipt.ParameterRead}). */
    public String parameters;

    @Column(name = "checked_at")
    public Instant checkedAt;

    @Column(name = "checked_by")
    public String checkedBy;
}
