package vn.gov.moj.thidua.catalog;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Holiday", description = "One day of the holiday calendar")
public record HolidayView(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "2026-02-17") LocalDate day,
        @Schema(required = true) HolidayKind kind,
        @Schema(required = true, examples = "Tết Nguyên đán") String name,
        @Schema(required = true, examples = "Bộ luật Lao động 2019, Điều 112") String source,
        @Schema(required = true, description = "Checked against the year's notice") boolean verified,
        @Schema(required = true, description = "The day is a working day (a make-up Saturday)") boolean workingDay) {

    static HolidayView of(Holiday h) {
        return new HolidayView(h.id, h.day, h.kind, h.name, h.source, h.verified, !h.kind.dayOff());
    }
}
