package vn.gov.moj.thidua.nomination;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClusterQuota", description = "A cluster's flag quota for one award in its period and how much of it is used")
public record ClusterQuotaView(UUID clusterId, String clusterName, UUID periodId, String awardTypeCode, String ruleId,
        @Schema(description = "The dated parameter in force on the period's last day") Integer parameterValue,
        @Schema(description = "The cluster's override, if the secretariat set one") Integer overrideValue,
        String overrideNote,
        @Schema(description = "The quota that applies: the override, else the parameter") Integer quota,
        @Schema(description = "The cluster's proposals of this award that count (not rejected, revoked or withdrawn)") long proposed) {
}
