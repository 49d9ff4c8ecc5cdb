package vn.gov.moj.thidua.voting;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VotingSessionView", requiredProperties = {"id", "purpose", "title", "sessionDate", "round", "mode", "status", "electorateSize", "candidateCount", "version"})
public record SessionView(UUID id, VotingPurpose purpose, String title, UUID clusterId, String clusterName, UUID awardTypeId,
        LocalDate sessionDate, int round, BallotMode mode, SessionStatus status, int electorateSize, int candidateCount, long version) {
}
