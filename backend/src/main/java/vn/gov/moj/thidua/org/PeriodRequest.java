package vn.gov.moj.thidua.org;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.moj.thidua.common.input.PlainName;

@Schema(name = "PeriodRequest", description = "Without dates, a label that is a year (e.g. \"2027\") makes the calendar year; "
        + "give both dates for another span (e.g. an emulation year from October)")
public record PeriodRequest(
        @NotBlank @Size(max = 50) @Schema(required = true, examples = "2027") @PlainName String label,
        @Schema(examples = "2027-01-01") LocalDate startDate,
        @Schema(examples = "2027-12-31") LocalDate endDate) {
}
