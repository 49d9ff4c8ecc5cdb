package vn.gov.moj.thidua.catalog;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.moj.thidua.common.input.PlainName;

@Schema(name = "HolidayRequest", description = "A day to add to the holiday calendar")
public record HolidayRequest(
        @NotNull @Schema(required = true, examples = "2027-02-05") LocalDate day,
        @NotNull @Schema(required = true, examples = "HOLIDAY") HolidayKind kind,
        @NotBlank @Size(max = 200) @Schema(required = true, examples = "Tết Nguyên đán") @PlainName String name,
        @NotBlank @Size(max = 1000) @Schema(required = true, description = "The text that sets the day",
                examples = "Thông báo lịch nghỉ Tết Âm lịch năm 2027 của Bộ Nội vụ") String source,
        @Schema(description = "Checked against the year's notice (default false)") Boolean verified) {
}
