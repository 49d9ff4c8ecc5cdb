package vn.gov.moj.thidua.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.gov.moj.thidua.common.problem.Problem.FieldError;

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

    public static List<FieldError> faults(BigDecimal totalPoints, List<TemplateSection> sections, List<String> tieBreak) {
        List<FieldError> faults = new ArrayList<>();
        if (totalPoints == null || totalPoints.signum() <= 0) {
            faults.add(new FieldError("totalPoints", "must be greater than 0"));
        }
        if (sections == null || sections.isEmpty()) {
            faults.add(new FieldError("sections", "a template needs at least one section"));
            return faults;
        }
        Set<String> sectionCodes = new HashSet<>();
        Set<String> criterionCodes = new HashSet<>();
        BigDecimal sectionSum = BigDecimal.ZERO;
        for (int s = 0; s < sections.size(); s++) {
            TemplateSection section = sections.get(s);
            String sectionPath = "sections[" + s + "]";
            if (section == null) {
                faults.add(new FieldError(sectionPath, "must not be null"));
                continue;
            }
            if (blank(section.code())) {
                faults.add(new FieldError(sectionPath + ".code", "must not be blank"));
            } else if (!sectionCodes.add(section.code().strip())) {
                faults.add(new FieldError(sectionPath + ".code", "section code " + section.code() + " is used twice"));
            }
            if (blank(section.title())) {
                faults.add(new FieldError(sectionPath + ".title", "must not be blank"));
            }
            BigDecimal criteriaSum = BigDecimal.ZERO;
            List<TemplateCriterion> criteria = section.criteria() == null ? List.of() : section.criteria();
            if (criteria.isEmpty()) {
                faults.add(new FieldError(sectionPath + ".criteria", "a section needs at least one criterion"));
            }
            for (int c = 0; c < criteria.size(); c++) {
                TemplateCriterion criterion = criteria.get(c);
                String path = sectionPath + ".criteria[" + c + "]";
                if (criterion == null) {
                    faults.add(new FieldError(path, "must not be null"));
                    continue;
                }
                if (blank(criterion.code())) {
                    faults.add(new FieldError(path + ".code", "must not be blank"));
                } else if (!criterionCodes.add(criterion.code().strip())) {
                    faults.add(new FieldError(path + ".code", "criterion code " + criterion.code() + " is used twice"));
                }
                if (blank(criterion.text())) {
                    faults.add(new FieldError(path + ".text", "must not be blank"));
                }
                if (criterion.maxPoints() == null || criterion.maxPoints().signum() <= 0) {
                    faults.add(new FieldError(path + ".maxPoints", "must be greater than 0"));
                }
                if (criterion.method() == null) {
                    faults.add(new FieldError(path + ".method", "must be one of BINARY, BANDED, LATENESS_BANDED, DEDUCTION, BONUS, MANUAL"));
                    continue;
                }
                ScoringMethod method = ScoringMethod.of(criterion.method());
                boolean banded = criterion.method() == CriterionMethod.BANDED || criterion.method() == CriterionMethod.LATENESS_BANDED;
                if (!banded && criterion.bands() != null && !criterion.bands().isEmpty()) {
                    faults.add(new FieldError(path + ".bands", "only BANDED and LATENESS_BANDED criteria have bands"));
                }
                if (method.countsTowardsSection() && criterion.perEvent() != null) {
                    faults.add(new FieldError(path + ".perEvent", "only DEDUCTION and BONUS criteria have points per event"));
                }
                method.checkDefinition(criterion, path, faults);
                if (method.countsTowardsSection() && criterion.maxPoints() != null) {
                    criteriaSum = criteriaSum.add(criterion.maxPoints());
                }
            }
            if (section.maxPoints() == null || section.maxPoints().signum() < 0) {
                faults.add(new FieldError(sectionPath + ".maxPoints", "must be 0 or more"));
            } else {
                if (section.maxPoints().compareTo(criteriaSum) != 0) {
                    faults.add(new FieldError(sectionPath + ".maxPoints", "is " + plain(section.maxPoints())
                            + " but its criteria's standard points add up to " + plain(criteriaSum)));
                }
                sectionSum = sectionSum.add(section.maxPoints());
            }
        }
        if (totalPoints != null && totalPoints.signum() > 0 && totalPoints.compareTo(sectionSum) != 0) {
            faults.add(new FieldError("totalPoints", "is " + plain(totalPoints) + " but the sections add up to " + plain(sectionSum)));
        }
        List<String> rules = tieBreak == null ? List.of() : tieBreak;
        for (int i = 0; i < rules.size(); i++) {
            String rule = rules.get(i);
            boolean known = FEWER_DEDUCTIONS.equals(rule)
                    || (rule != null && rule.startsWith(SECTION_PREFIX) && sectionCodes.contains(rule.substring(SECTION_PREFIX.length())));
            if (!known) {
                faults.add(new FieldError("tieBreak[" + i + "]", "must be FEWER_DEDUCTIONS or SECTION:<code of a section>"));
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
