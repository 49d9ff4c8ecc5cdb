package vn.gov.moj.thidua.org;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PersonDetail", description = "A person with their work history and yearly ratings")
public record PersonDetail(
        @Schema(required = true) UUID id,
        @Schema(required = true) String fullName,
        Integer birthYear,
        String gender,
        @Schema(required = true) UUID unitId,
        String unitName,
        String position,
        @Schema(required = true) boolean leader,
        @Schema(required = true) EmploymentType employmentType,
        @Schema(required = true) long version,
        @Schema(required = true) List<Assignment> assignments,
        @Schema(required = true) List<Rating> ratings) {

    @Schema(name = "Assignment", description = "Quá trình công tác — a stretch of work in a unit")
    public record Assignment(@Schema(required = true) UUID unitId, String unitName, String position,
            @Schema(required = true) LocalDate validFrom, LocalDate validTo) {
    }

    @Schema(name = "AnnualRating", description = "Xếp loại chất lượng of one year")
    public record Rating(@Schema(required = true, examples = "2025") int year, @Schema(required = true) PerformanceRating rating) {
    }
}
