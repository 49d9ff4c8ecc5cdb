package vn.gov.moj.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.moj.thidua.scoring.ScoringMethodTest.band;
import static vn.gov.moj.thidua.scoring.ScoringMethodTest.bd;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.gov.moj.thidua.common.problem.ApiProblem.FieldText;
import vn.gov.moj.thidua.common.problem.ProblemTexts;

class TemplateValidationPolicyTest {

    static final List<TemplateSection> VALID = List.of(
            new TemplateSection("A", "Chuyên môn", bd("10"), List.of(ScoringMethodTest.ON_TIME,
                    new TemplateCriterion("A.2", "Kế hoạch", bd("8"), CriterionMethod.MANUAL, null, null, null))),
            new TemplateSection("B", "Báo cáo", bd("6"), List.of(ScoringMethodTest.REPORTS, ScoringMethodTest.PLAN)),
            new TemplateSection("D", "Điểm trừ, điểm cộng", bd("0"), List.of(ScoringMethodTest.BACKLOG, ScoringMethodTest.MODELS)));

    @Test
    void aConsistentTemplateHasNoFaults() {
        assertThat(TemplateValidationPolicy.faults(bd("16"), VALID, List.of("SECTION:A", "FEWER_DEDUCTIONS"))).isEmpty();
    }

    @Test
    void reportsEveryFaultAtOnceWithItsPath() {
        List<TemplateSection> broken = List.of(
                new TemplateSection("A", "Chuyên môn", bd("12"), List.of(
                        new TemplateCriterion("A.1", "Thẩm định", bd("2"), CriterionMethod.BANDED, List.of(
                                band("0", "60", "0"), band("70", "95", "1.5"), band("90", "100", "1.75"), band("100", null, "2.5")), null, null),
                        new TemplateCriterion("A.1", "Trùng mã", bd("8"), CriterionMethod.MANUAL, null, null, null))),
                new TemplateSection("B", "Điểm trừ", bd("0"), List.of(
                        new TemplateCriterion("B.1", "Tồn đọng", bd("2"), CriterionMethod.DEDUCTION, null, bd("3"), null),
                        new TemplateCriterion("B.2", "Báo cáo", bd("2"), CriterionMethod.LATENESS_BANDED,
                                List.of(band("1", "3", "2"), band("3", "6", "1")), null, null))));

        List<FieldText> faults = TemplateValidationPolicy.faults(bd("20"), broken, List.of("SECTION:Z"));

        assertThat(faults).extracting(FieldText::field).contains(
                "sections[0].maxPoints",                // 12 but criteria add up to 10
                "totalPoints",                          // 20 but sections add up to 12 + 2
                "sections[0].criteria[0].bands",        // gap 60–70, overlap at 90, no band earns 2
                "sections[0].criteria[0].bands[3].points", // 2.5 above the standard 2
                "sections[0].criteria[1].code",         // A.1 twice
                "sections[1].maxPoints",                // 0 but B.2 counts 2
                "sections[1].criteria[0].perEvent",     // 3 per event above the cap 2
                "tieBreak[0]");
        assertThat(faults).filteredOn(f -> f.field().equals("sections[0].criteria[0].bands")).extracting(TemplateValidationPolicyTest::english)
                .anyMatch(m -> m.contains("gap between 60 and 70"))
                .anyMatch(m -> m.contains("overlap at 90"));
        assertThat(faults).filteredOn(f -> f.field().equals("sections[0].criteria[0].bands"))
                .extracting(f -> ProblemTexts.render(f.message(), ProblemTexts.VIETNAMESE))
                .contains("có khoảng trống giữa 60 và 70", "các mức chồng lên nhau tại 90");
        assertThat(faults).filteredOn(f -> f.field().equals("sections[1].criteria[1].bands")).extracting(TemplateValidationPolicyTest::english)
                .anyMatch(m -> m.contains("start at 0"))
                .anyMatch(m -> m.contains("open-ended"));
    }

    @Test
    void aPercentageTableMustCoverOneHundredPercent() {
        TemplateCriterion capped = new TemplateCriterion("A.1", "Thẩm định", bd("2"), CriterionMethod.BANDED,
                List.of(band("0", "95", "1"), band("95", "100", "2")), null, null);
        List<FieldText> faults = TemplateValidationPolicy.faults(bd("2"),
                List.of(new TemplateSection("A", "A", bd("2"), List.of(capped))), List.of());
        assertThat(faults).extracting(TemplateValidationPolicyTest::english).anyMatch(m -> m.contains("nothing covers 100%"));
    }

    @Test
    void bandsBelongOnlyToBandedMethods() {
        TemplateCriterion manualWithBands = new TemplateCriterion("A.1", "Tự chấm", bd("2"), CriterionMethod.MANUAL,
                List.of(band("0", null, "2")), null, null);
        List<FieldText> faults = TemplateValidationPolicy.faults(bd("2"),
                List.of(new TemplateSection("A", "A", bd("2"), List.of(manualWithBands))), null);
        assertThat(faults).extracting(FieldText::field).containsExactly("sections[0].criteria[0].bands");
    }

    private static String english(FieldText fault) {
        return ProblemTexts.render(fault.message(), Locale.ENGLISH);
    }

    @Test
    void anEmptyTemplateIsRefused() {
        assertThat(TemplateValidationPolicy.faults(bd("0"), List.of(), null)).extracting(FieldText::field)
                .containsExactlyInAnyOrder("totalPoints", "sections");
    }
}
