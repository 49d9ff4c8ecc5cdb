package vn.gov.moj.thidua.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.moj.thidua.common.input.PlainName;

/** A template as its editor saves it; the structure is checked by {@link TemplateValidationPolicy}. */
@Schema(name = "ScoringTemplateRequest", examples = """
        {"periodId":"00000000-0000-4000-8000-000000009026","targetGroup":"MINISTRY_UNITS","name":"Bảng tiêu chí 2026",
         "totalPoints":10,"requiresCertification":false,"tieBreak":["SECTION:A","FEWER_DEDUCTIONS"],
         "sections":[{"code":"A","title":"Nhiệm vụ chuyên môn","maxPoints":10,"criteria":[
           {"code":"A.1","text":"Tỷ lệ thẩm định đúng hạn","maxPoints":2,"method":"BANDED","bands":[
             {"from":0,"to":60,"points":0},{"from":60,"to":95,"points":1},{"from":95,"to":100,"points":1.75},{"from":100,"points":2}]},
           {"code":"A.2","text":"Hoàn thành kế hoạch","maxPoints":8,"method":"MANUAL"},
           {"code":"A.3","text":"Văn bản bị trả lại","maxPoints":2,"method":"DEDUCTION","perEvent":0.5}]}]}""")
public record ScoringTemplateRequest(
        @NotNull UUID periodId,
        @NotNull TargetGroup targetGroup,
        @NotBlank @Size(max = 300) @PlainName String name,
        @Schema(required = true, examples = "200") BigDecimal totalPoints,
        @Schema(description = "Whether a sheet needs certification (e.g. by the provincial People's Committee) before the cluster verifies it")
        Boolean requiresCertification,
        @Schema(description = "Tie-break order after the total: SECTION:<code> (higher section total first) or FEWER_DEDUCTIONS")
        List<String> tieBreak,
        @Schema(required = true) List<@Valid TemplateSection> sections) {
}
