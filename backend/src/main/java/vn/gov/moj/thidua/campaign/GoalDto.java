package vn.gov.moj.thidua.campaign;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Goal", description = "Chỉ tiêu: a target as text with an optional number")
public record GoalDto(
        @NotBlank @Size(max = 1000) @Schema(required = true, examples = "Hoàn thành 100% chỉ tiêu thi hành án về việc") String text,
        @Schema(examples = "100") BigDecimal quantity,
        @Size(max = 50) @Schema(examples = "%") String measure) {

    static GoalDto of(Goal g) {
        return new GoalDto(g.text, g.quantity, g.measure);
    }

    Goal toGoal() {
        return new Goal(text.strip(), quantity, measure);
    }
}
