package vn.gov.moj.thidua.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.moj.thidua.nomination.eligibility.EligibilityTexts;
import vn.gov.moj.thidua.nomination.eligibility.RuleResult;
import vn.gov.moj.thidua.nomination.eligibility.Verdict;

@Schema(name = "EligibilityReport", description = "Every rule of the award type, judged on the records and the rule parameters in force on"
        + " parametersDate; the texts are in the language asked for by Accept-Language (Vietnamese unless English is preferred)")
public record EligibilityReportView(
        @Schema(required = true) UUID nominationId,
        @Schema(required = true, examples = "CSTD_NGANH") String awardTypeCode,
        @Schema(required = true, description = "The award type by its name", examples = "Chiến sĩ thi đua ngành Tư pháp") String awardTypeName,
        @Schema(required = true, description = "The emulation year judged", examples = "2025") int year,
        @Schema(required = true, description = "Rule parameters are those in force on this date (the period's last day)", examples = "2025-12-31") LocalDate parametersDate,
        @Schema(required = true, description = "FAIL if any rule fails, else NEEDS_EVIDENCE if any rule lacks evidence, else PASS", examples = "PASS") Verdict overall,
        @Schema(required = true) List<RuleVerdict> rules,
        @Schema(description = "Parameters not in force on the date, for which the researched default was used") List<String> notes,
        @Schema(description = "Set when the secretariat let a failing dossier go on, with its reason", examples = "Hội đồng xem xét trường hợp đặc biệt") String overrideReason,
        @Schema(required = true) Instant checkedAt,
        @Schema(required = true, description = "The language of the texts", enumeration = { "vi", "en" }, examples = "vi") String language,
        @Schema(required = true, description = "The rule set the report was judged under, and what changed since the previous one") EligibilityReceiptView receipt) {

    @Schema(name = "RuleVerdict")
    public record RuleVerdict(
            @Schema(required = true, examples = "R-CSTD-BO") String ruleId,
            @Schema(required = true, description = "The rule's name", examples = "Tiêu chuẩn danh hiệu Chiến sĩ thi đua ngành Tư pháp") String name,
            @Schema(required = true, examples = "PASS") Verdict verdict,
            @Schema(required = true, description = "Why, with the figures that decided it",
                    examples = "3 năm liên tục đạt Chiến sĩ thi đua cơ sở (2023, 2024, 2025) và có sáng kiến cấp Bộ chưa sử dụng") String explanation,
            @Schema(required = true, description = "The citations' texts joined", examples = "Điều 22 Luật Thi đua, khen thưởng số 06/2022/QH15") String legalSource,
            @Schema(required = true, description = "The legal sources: binding law first, then any practice shown for reference") List<Citation> citations) {

        static RuleVerdict of(RuleResult r, Locale language, Map<String, String> awardNames) {
            List<Citation> citations = EligibilityTexts.citations(r.ruleId(), language).stream()
                    .map(c -> new Citation(c.text(), c.binding())).toList();
            return new RuleVerdict(r.ruleId(), EligibilityTexts.name(r.ruleId(), language), r.verdict(),
                    EligibilityTexts.explanation(r, language, awardNames), citations.stream().map(Citation::text).collect(Collectors.joining("; ")),
                    citations);
        }
    }

    @Schema(name = "LegalCitation", description = "A legal source as cited: law (binding) or a practice shown for reference (tham khảo)")
    public record Citation(
            @Schema(required = true, examples = "Điểm b khoản 1 Điều 73 Luật Thi đua, khen thưởng số 06/2022/QH15") String text,
            @Schema(required = true, examples = "LAW") EligibilityTexts.Binding binding) {
    }

    public List<RuleVerdict> failing() {
        return rules.stream().filter(r -> r.verdict() == Verdict.FAIL).toList();
    }
}
