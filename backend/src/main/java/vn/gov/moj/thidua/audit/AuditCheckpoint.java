package vn.gov.moj.thidua.audit;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The audit chain's head, signed by the server and kept outside the database (docs/threat-model.md): whoever later
 * rewrites or cuts the tail of the chain in the database cannot make this file agree with it again.
 */
@Schema(name = "AuditCheckpoint", description = "A signed checkpoint of the audit hash chain, to be stored outside the database")
public record AuditCheckpoint(
        @NotBlank @Size(max = 40) @Schema(required = true, examples = "thidua-audit-checkpoint/1") String format,
        @PositiveOrZero @Schema(description = "Id (sequence number) of the newest event; absent when the trail is empty",
                examples = "1520") Long lastEventId,
        @Size(max = 64) @Schema(description = "That event's hash (SHA-256, hex)") String headHash,
        @PositiveOrZero @Schema(required = true, description = "Number of events up to and including lastEventId",
                examples = "1520") long count,
        @NotNull @Schema(required = true, examples = "2026-12-03T16:00:00Z") Instant createdAt,
        @NotBlank @Size(max = 64) @Schema(required = true, description = "Fingerprint of the signing key (first 16 hex digits of the SHA-256 of the public key)")
        String keyId,
        @NotBlank @Size(max = 64) @Schema(required = true, description = "The Ed25519 public key, base64 (32 bytes)") String publicKey,
        @NotBlank @Size(max = 200) @Schema(required = true, description = "Ed25519 signature of the signed text (docs/audit.md), base64")
        String signature) {

    public static final String FORMAT = "thidua-audit-checkpoint/1";

    /** The exact text that is signed: one field a line, in this order. */
    public static String signedText(Long lastEventId, String headHash, long count, Instant createdAt) {
        return FORMAT + "\n" + (lastEventId == null ? "" : lastEventId) + "\n" + (headHash == null ? "" : headHash) + "\n"
                + count + "\n" + createdAt + "\n";
    }

    String signedText() {
        return signedText(lastEventId, headHash, count, createdAt);
    }
}
