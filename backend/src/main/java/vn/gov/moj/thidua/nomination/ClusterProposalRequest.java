package vn.gov.moj.thidua.nomination;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClusterProposalRequest", description = "The cluster's proposal (tờ trình của Cụm) from a published cluster election")
public record ClusterProposalRequest(
        @Schema(required = true, description = "The published cluster election (suy tôn)", examples = "00000000-0000-4000-8000-000000120001") @NotNull UUID electionSessionId,
        @Schema(description = "The elected units to propose; all elected units when absent") @Size(max = 100) List<@NotNull UUID> unitIds,
        @Schema(description = "The proposal's text (achievements written on each new dossier)") @Size(max = 2000) String note) {
}
