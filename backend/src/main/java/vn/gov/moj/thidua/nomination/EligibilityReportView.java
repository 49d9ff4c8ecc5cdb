package vn.gov.moj.thidua.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.moj.thidua.nomination.eligibility.RuleResult;
import vn.gov.moj.thidua.nomination.eligibility.Verdict;

@Schema(name = "EligibilityReport", description = "Every rule of the award type, judged on the records and the rule parameters in force on parametersDate")
public record EligibilityReportView(
        @Schema(required = true) UUID nominationId,
        @Schema(required = true, examples = "CSTD_NGANH") String awardTypeCode,
        @Schema(required = true, description = "The emulation year judged", examples = "2025") int year,
        @Schema(required = true, description = "Rule parameters are those in force on this date (the period's last day)", examples = "2025-12-31") LocalDate parametersDate,
        @Schema(required = true, description = "FAIL if any rule fails, else NEEDS_EVIDENCE if any rule lacks evidence, else PASS", examples = "PASS") Verdict overall,
        @Schema(required = true) List<RuleVerdict> rules,
        @Schema(description = "Parameters not in force on the date, for which the researched default was used") List<String> notes,
        @Schema(description = "Set when the secretariat let a failing dossier go on, with its reason", examples = "Hội đồng xem xét trường hợp đặc biệt") String overrideReason,
        @Schema(required = true) Instant checkedAt) {

    @Schema(name = "RuleVerdict")
    public record RuleVerdict(
            @Schema(required = true, examples = "R-CSTD-BO") String ruleId,
            @Schema(required = true, examples = "PASS") Verdict verdict,
            @Schema(required = true, examples = "CSTĐCS 3 consecutive years up to 2025 and a ministry-scope initiative") String explanation,
            @Schema(required = true, examples = "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 22") String legalSource) {

        static RuleVerdict of(RuleResult r) {
            return new RuleVerdict(r.ruleId(), r.verdict(), r.explanation(), r.legalSource());
        }
    }

    public List<RuleVerdict> failing() {
        return rules.stream().filter(r -> r.verdict() == Verdict.FAIL).toList();
    }
}
