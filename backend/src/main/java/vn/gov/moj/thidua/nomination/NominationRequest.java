package vn.gov.moj.thidua.nomination;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NominationRequest", description = "A dossier: the nominee is a person (individual awards) or a unit (collective awards), never both")
public record NominationRequest(
        @Schema(description = "The nominated person, for individual awards", examples = "00000000-0000-4000-8000-000000007001") UUID personId,
        @Schema(description = "The nominated unit, for collective awards", examples = "00000000-0000-4000-8000-000000000201") UUID nomineeUnitId,
        @Schema(required = true, examples = "00000000-0000-4000-8000-000000100003") @NotNull UUID awardTypeId,
        @Schema(required = true, examples = "00000000-0000-4000-8000-000000009025") @NotNull UUID periodId,
        @Schema(required = true, examples = "Ba năm liên tục đạt Chiến sĩ thi đua cơ sở; sáng kiến áp dụng toàn ngành.") @NotBlank @Size(max = 20000) String achievements,
        @Schema(description = "Initiatives the dossier relies on; each backs one proposal only (R-INIT)") @Size(max = 20) List<@NotNull UUID> initiativeIds,
        @Schema(description = "For Cờ thi đua: the cluster's published election (suy tôn) session") UUID electionSessionId) {
}
