package vn.gov.moj.thidua.nomination;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.moj.thidua.common.input.PlainName;

@Schema(name = "DecisionRequest", description = "Issue a decision for APPROVED dossiers")
public record DecisionRequest(
        @Schema(required = true, examples = "215/QĐ-BTP") @NotBlank @Size(max = 100) String number,
        @Schema(required = true, examples = "2026-03-25") @NotNull LocalDate decisionDate,
        @Schema(required = true, examples = "Nguyễn Hải Ninh") @NotBlank @Size(max = 200) @PlainName String signer,
        @Schema(required = true, examples = "Bộ trưởng Bộ Tư pháp") @NotBlank @Size(max = 200) @PlainName String signerTitle,
        @Schema(required = true, description = "APPROVED dossiers only") @NotEmpty @Size(max = 500) List<@NotNull UUID> nominationIds) {
}
