package vn.gov.moj.thidua.voting;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VotingTurnout", requiredProperties = {"sessionId", "round", "status", "electorate", "present", "voted"}, description = "How many have voted — never who voted what")
public record Turnout(UUID sessionId, int round, SessionStatus status, int electorate, int present, long voted) {
}
