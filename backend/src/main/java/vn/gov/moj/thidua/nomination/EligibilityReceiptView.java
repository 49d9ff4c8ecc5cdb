package vn.gov.moj.thidua.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.moj.thidua.nomination.eligibility.RuleSetReceipt;

@Schema(name = "EligibilityReceipt", description = "What the report was judged under: the evaluation date, the version of every rule parameter read"
        + " and a SHA-256 hash of that rule set (canonical form in docs/statistics.md); changes lists the parameters whose version"
        + " differs from the dossier's previous rule set")
public record EligibilityReceiptView(
        @Schema(required = true, description = "The date the rule parameters were read for (the period's last day)", examples = "2025-12-31") LocalDate evaluationDate,
        @Schema(required = true, description = "SHA-256 of the canonical rule set, 64 lower-case hex digits",
                examples = "9f2c0d3e6a4b5c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f") String ruleSetHash,
        @Schema(required = true, enumeration = "SHA-256", examples = "SHA-256") String hashAlgorithm,
        @Schema(required = true, description = "Every parameter read, sorted by rule and key") List<ParameterVersion> parameters,
        @Schema(description = "The hash of the dossier's previous, different rule set; absent when the dossier was never judged under another") String previousHash,
        @Schema(description = "When the dossier was first judged under the previous rule set") Instant previousCheckedAt,
        @Schema(required = true, description = "Parameters whose version differs from the previous rule set (empty when none)") List<ParameterChange> changes) {

    @Schema(name = "RuleParameterVersionRead", description = "One rule parameter as read; versionId is absent when no version was in force"
            + " and the researched default was used")
    public record ParameterVersion(
            @Schema(required = true, examples = "R-CSTD-BO") String ruleId,
            @Schema(required = true, examples = "consecutiveCstdcsYears") String key,
            @Schema(examples = "0b7f3c9e-2d43-4a55-9a61-7f0f8c1d2e33") String versionId,
            @Schema(examples = "2024-01-01") LocalDate effectiveFrom,
            @Schema(description = "Absent while open-ended", examples = "2025-12-31") LocalDate effectiveTo,
            @Schema(required = true, examples = "3") String value,
            @Schema(examples = "Thông tư 11/2023/TT-BTP, Điều 7") String legalSource) {

        static ParameterVersion of(RuleSetReceipt.ParameterRead r) {
            return r == null ? null
                    : new ParameterVersion(r.ruleId(), r.key(), r.versionId(), r.effectiveFrom(), r.effectiveTo(), r.value(), r.legalSource());
        }
    }

    @Schema(name = "RuleParameterChange", description = "A parameter read under another version than before; before or after is absent when"
            + " only one of the two rule sets read it")
    public record ParameterChange(
            @Schema(required = true, examples = "R-CSTD-BO") String ruleId,
            @Schema(required = true, examples = "consecutiveCstdcsYears") String key,
            ParameterVersion before,
            ParameterVersion after) {

        static ParameterChange of(RuleSetReceipt.Change c) {
            return new ParameterChange(c.ruleId(), c.key(), ParameterVersion.of(c.before()), ParameterVersion.of(c.after()));
        }
    }
}
