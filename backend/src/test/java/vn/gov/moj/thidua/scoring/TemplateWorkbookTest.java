package vn.gov.moj.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gov.moj.thidua.scoring.ScoringMethodTest.bd;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.ApiProblem.FieldText;

class TemplateWorkbookTest {

    @Test
    void aTemplateSurvivesTheRoundTripThroughExcel() {
        ScoringTemplate template = new ScoringTemplate();
        template.name = "Bảng tiêu chí 2026";
        template.targetGroup = TargetGroup.SO_TU_PHAP;
        template.totalPoints = bd("16");
        template.requiresCertification = true;
        template.tieBreak = List.of("SECTION:A", "FEWER_DEDUCTIONS");
        template.sections = TemplateValidationPolicyTest.VALID;
        UUID period = UUID.randomUUID();

        ScoringTemplateRequest read = TemplateWorkbook.read(new ByteArrayInputStream(TemplateWorkbook.write(template)), period);

        assertThat(read.periodId()).isEqualTo(period);
        assertThat(read.name()).isEqualTo("Bảng tiêu chí 2026");
        assertThat(read.targetGroup()).isEqualTo(TargetGroup.SO_TU_PHAP);
        assertThat(read.requiresCertification()).isTrue();
        assertThat(read.tieBreak()).containsExactly("SECTION:A", "FEWER_DEDUCTIONS");
        assertThat(read.totalPoints()).isEqualByComparingTo("16");
        assertThat(read.sections()).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(template.sections);
        assertThat(TemplateValidationPolicy.faults(read.totalPoints(), read.sections(), read.tieBreak())).isEmpty();
    }

    @Test
    void bandsAreWrittenAndReadAsFromToEqualsPoints() {
        assertThat(TemplateWorkbook.bandsText(ScoringMethodTest.ON_TIME.bands())).isEqualTo("0-60=0; 60-70=0.5; 70-80=1; 80-95=1.5; 95-100=1.75; 100-=2");
        List<FieldText> faults = new ArrayList<>();
        assertThat(TemplateWorkbook.bands("0-60=0; 60-=2", "row 8.bands", faults)).containsExactly(
                new Band(bd("0"), bd("60"), bd("0")), new Band(bd("60"), null, bd("2")));
        assertThat(faults).isEmpty();
        TemplateWorkbook.bands("0-60; x-=2", "row 9.bands", faults);
        assertThat(faults).extracting(FieldText::field).containsExactly("row 9.bands", "row 9.bands");
    }

    @Test
    void refusesAFileThatIsNotAWorkbook() {
        assertThatThrownBy(() -> TemplateWorkbook.read(new ByteArrayInputStream("not excel".getBytes()), UUID.randomUUID()))
                .isInstanceOf(ApiProblem.class).hasMessageContaining("Excel");
    }
}
