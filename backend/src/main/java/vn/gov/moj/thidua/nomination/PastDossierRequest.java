package vn.gov.moj.thidua.nomination;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PastDossierRequest", description = "A dossier of an ended period, entered by the secretariat as the year's records show it "
        + "(approved by the council then). The nominee rules of a dossier apply; no deadline, appraisal or council step is replayed.")
public record PastDossierRequest(
        @NotNull @Schema(required = true, description = "The proposing unit") UUID unitId,
        @Schema(description = "The nominated person, for individual awards") UUID personId,
        @Schema(description = "The nominated unit, for collective awards") UUID nomineeUnitId,
        @NotNull @Schema(required = true) UUID awardTypeId,
        @NotBlank @Size(max = 20000) @Schema(required = true, examples = "Dẫn đầu Cụm thi đua số III năm 2018") String achievements,
        @Schema(description = "For Cờ thi đua: the cluster's published election of that year") UUID electionSessionId) {
}
