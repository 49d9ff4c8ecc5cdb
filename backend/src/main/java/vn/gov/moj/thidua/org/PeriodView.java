package vn.gov.moj.thidua.org;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Period", description = "Năm thi đua — an emulation period")
public record PeriodView(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "2026") String label,
        @Schema(required = true, examples = "2026-01-01") LocalDate startDate,
        @Schema(required = true, examples = "2026-12-31") LocalDate endDate,
        @Schema(required = true) long version) {

    static PeriodView of(EmulationPeriod period) {
        return new PeriodView(period.id, period.label, period.startDate, period.endDate, period.version);
    }
}
