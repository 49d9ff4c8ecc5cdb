package vn.gov.moj.thidua.org;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClusterDetail", description = "A cluster with its members")
public record ClusterDetail(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID periodId,
        String periodLabel,
        @Schema(required = true) String name,
        @Schema(required = true) ClusterKind kind,
        UUID headUnitId,
        String headUnitName,
        @Schema(required = true) int memberCount,
        @Schema(required = true) long version,
        @Schema(required = true) List<Member> members,
        @Schema(description = "Entered as history (nhập bổ sung) from a past year's records: who entered it; empty when made at the time",
                examples = "secretariat") String enteredBy,
        @Schema(description = "Entered as history: when it was entered") Instant enteredAt) {

    @Schema(name = "ClusterMember")
    public record Member(@Schema(required = true) UUID unitId, String unitName, @Schema(required = true) ClusterRole role) {
    }
}
