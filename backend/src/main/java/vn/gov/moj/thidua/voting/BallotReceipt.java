package vn.gov.moj.thidua.voting;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BallotReceipt", requiredProperties = {"sessionId", "round", "receiptCode"}, description = "Shown once and stored with no link to the voter: find it in the published receipt list")
public record BallotReceipt(UUID sessionId, int round, @Schema(examples = "K7Q2MX4ZPA") String receiptCode) {
}
