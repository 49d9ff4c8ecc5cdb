package vn.gov.moj.thidua.nomination;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClusterProposal", description = "The cluster's proposal: the elected units and each unit's dossier")
public record ClusterProposalView(UUID id, UUID clusterId, String clusterName, UUID periodId, UUID awardTypeId, String awardTypeCode,
        UUID electionSessionId, UUID filedByUnitId, String filedBy, Instant filedAt, String note,
        @Schema(description = "The cluster's flag quota for this award (its override, else the parameter in force)") Integer quota,
        @Schema(description = "The cluster's proposals of this award that count against the quota, these included") long proposed,
        List<Dossier> dossiers) {

    @Schema(name = "ClusterProposalDossier")
    public record Dossier(UUID nominationId, UUID unitId, String unitName, NominationStatus status,
            @Schema(description = "The minutes of the election are attached to the dossier") boolean minutesAttached) {
    }
}
