package vn.gov.moj.thidua.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.gov.moj.thidua.common.problem.ApiProblem.FieldText;
import vn.gov.moj.thidua.common.problem.Text;

/**
 * A criteria table is consistent: sections add up to the total, criteria to their section, bands are
 * contiguous and inside the standard points, caps are sane (structure of QĐ 1023, 484, 536/QĐ-BTP tables,
 * docs/domain.md, "Scoring methods"). Reports every fault at once, each with its path.
 */
public final class TemplateValidationPolicy {

    public static final String FEWER_DEDUCTIONS = "FEWER_DEDUCTIONS";
    public static final String SECTION_PREFIX = "SECTION:";

    private TemplateValidationPolicy() {
    }

    public static List<FieldText> faults(BigDecimal totalPoints, List<TemplateSection> sections, List<String> tieBreak) {
        List<FieldText> faults = new ArrayList<>();
        if (totalPoints == null || totalPoints.signum() <= 0) {
            faults.add(new FieldText("totalPoints", Text.of("scoring.above-zero")));
        }
        if (sections == null || sections.isEmpty()) {
            faults.add(new FieldText("sections", Text.of("scoring.no-sections")));
            return faults;
        }
        Set<String> sectionCodes = new HashSet<>();
        Set<String> criterionCodes = new HashSet<>();
        BigDecimal sectionSum = BigDecimal.ZERO;
        for (int s = 0; s < sections.size(); s++) {
            TemplateSection section = sections.get(s);
            String sectionPath = "sections[" + s + "]";
            if (section == null) {
                faults.add(new FieldText(sectionPath, Text.of("scoring.required")));
                continue;
            }
            if (blank(section.code())) {
                faults.add(new FieldText(sectionPath + ".code", Text.of("scoring.not-blank")));
            } else if (!sectionCodes.add(section.code().strip())) {
                faults.add(new FieldText(sectionPath + ".code", Text.of("scoring.section-code-twice", section.code())));
            }
            if (blank(section.title())) {
                faults.add(new FieldText(sectionPath + ".title", Text.of("scoring.not-blank")));
            }
            BigDecimal criteriaSum = BigDecimal.ZERO;
            List<TemplateCriterion> criteria = section.criteria() == null ? List.of() : section.criteria();
            if (criteria.isEmpty()) {
                faults.add(new FieldText(sectionPath + ".criteria", Text.of("scoring.no-criteria")));
            }
            for (int c = 0; c < criteria.size(); c++) {
                TemplateCriterion criterion = criteria.get(c);
                String path = sectionPath + ".criteria[" + c + "]";
                if (criterion == null) {
                    faults.add(new FieldText(path, Text.of("scoring.required")));
                    continue;
                }
                if (blank(criterion.code())) {
                    faults.add(new FieldText(path + ".code", Text.of("scoring.not-blank")));
                } else if (!criterionCodes.add(criterion.code().strip())) {
                    faults.add(new FieldText(path + ".code", Text.of("scoring.criterion-code-twice", criterion.code())));
                }
                if (blank(criterion.text())) {
                    faults.add(new FieldText(path + ".text", Text.of("scoring.not-blank")));
                }
                if (criterion.maxPoints() == null || criterion.maxPoints().signum() <= 0) {
                    faults.add(new FieldText(path + ".maxPoints", Text.of("scoring.above-zero")));
                }
                if (criterion.method() == null) {
                    faults.add(new FieldText(path + ".method", Text.of("scoring.method-one-of", "BINARY, BANDED, LATENESS_BANDED, DEDUCTION, BONUS, MANUAL")));
                    continue;
                }
                ScoringMethod method = ScoringMethod.of(criterion.method());
                boolean banded = criterion.method() == CriterionMethod.BANDED || criterion.method() == CriterionMethod.LATENESS_BANDED;
                if (!banded && criterion.bands() != null && !criterion.bands().isEmpty()) {
                    faults.add(new FieldText(path + ".bands", Text.of("scoring.bands-only-banded")));
                }
                if (method.countsTowardsSection() && criterion.perEvent() != null) {
                    faults.add(new FieldText(path + ".perEvent", Text.of("scoring.per-event-only")));
                }
                method.checkDefinition(criterion, path, faults);
                if (method.countsTowardsSection() && criterion.maxPoints() != null) {
                    criteriaSum = criteriaSum.add(criterion.maxPoints());
                }
            }
            if (section.maxPoints() == null || section.maxPoints().signum() < 0) {
                faults.add(new FieldText(sectionPath + ".maxPoints", Text.of("scoring.zero-or-more")));
            } else {
                if (section.maxPoints().compareTo(criteriaSum) != 0) {
                    faults.add(new FieldText(sectionPath + ".maxPoints", Text.of("scoring.section-sum", plain(section.maxPoints()), plain(criteriaSum))));
                }
                sectionSum = sectionSum.add(section.maxPoints());
            }
        }
        if (totalPoints != null && totalPoints.signum() > 0 && totalPoints.compareTo(sectionSum) != 0) {
            faults.add(new FieldText("totalPoints", Text.of("scoring.total-sum", plain(totalPoints), plain(sectionSum))));
        }
        List<String> rules = tieBreak == null ? List.of() : tieBreak;
        for (int i = 0; i < rules.size(); i++) {
            String rule = rules.get(i);
            boolean known = FEWER_DEDUCTIONS.equals(rule)
                    || (rule != null && rule.startsWith(SECTION_PREFIX) && sectionCodes.contains(rule.substring(SECTION_PREFIX.length())));
            if (!known) {
                faults.add(new FieldText("tieBreak[" + i + "]", Text.of("scoring.tie-break-rule")));
            }
        }
        return faults;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
