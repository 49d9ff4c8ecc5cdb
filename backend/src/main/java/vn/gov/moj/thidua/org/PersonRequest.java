package vn.gov.moj.thidua.org;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.moj.thidua.common.input.PlainName;

@Schema(name = "PersonRequest", description = "Creates a person or updates their details. A change of unitId is a transfer "
        + "that closes the current assignment the day before assignedFrom and opens a new one.")
public record PersonRequest(
        @NotBlank @Size(max = 200) @Schema(required = true, examples = "Trần Văn Bình") @PlainName String fullName,
        @Min(1900) @Max(2100) @Schema(examples = "1980") Integer birthYear,
        @Pattern(regexp = "M|F|X") @Schema(description = "M, F or X", examples = "M") String gender,
        @NotNull @Schema(required = true) UUID unitId,
        @Size(max = 200) @Schema(examples = "Phó Cục trưởng") String position,
        @Schema(description = "Holds a leadership position") boolean leader,
        @NotNull @Schema(required = true) EmploymentType employmentType,
        @Schema(description = "Start of the assignment in unitId; today when omitted", examples = "2024-03-01") LocalDate assignedFrom) {
}
