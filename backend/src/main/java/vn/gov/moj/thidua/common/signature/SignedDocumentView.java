package vn.gov.moj.thidua.common.signature;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SignedDocument", description = "A signed PDF accepted for an object: who signed it, when, and the validator's verdict")
public record SignedDocumentView(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "DECISION") String kind,
        @Schema(required = true, examples = "quyet-dinh-215-ky.pdf") String fileName,
        @Schema(required = true) long sizeBytes,
        @Schema(required = true, description = "SHA-256 of the signed file") String sha256,
        @Schema(required = true, description = "SHA-256 of the document ThiĐua produced, found byte for byte as the signed file's first revision") String producedSha256,
        @Schema(required = true, examples = "1") int signatures,
        @Schema(required = true, examples = "Nguyễn Hải Ninh") String signerName,
        @Schema(examples = "Bộ Tư pháp") String signerOrganisation,
        @Schema(required = true, description = "The signer certificate's serial number") String signerSerial,
        @Schema(required = true, examples = "CN=CA phục vụ các cơ quan Nhà nước, O=Ban Cơ yếu Chính phủ, C=VN") String signerIssuer,
        @Schema(description = "The signing time the signature claims") Instant signingTime,
        @Schema(required = true, examples = "TOTAL_PASSED", description = "ETSI EN 319 102-1 indication from the EU DSS validator") String indication,
        String subIndication,
        @Schema(required = true) String uploadedBy,
        @Schema(required = true) Instant uploadedAt) {

    static SignedDocumentView of(SignedDocument d) {
        return new SignedDocumentView(d.id, d.kind, d.fileName, d.sizeBytes, d.sha256, d.producedSha256, d.signatures, d.signerName,
                d.signerOrganisation, d.signerSerial, d.signerIssuer, d.signingTime, d.indication, d.subIndication, d.createdBy, d.createdAt);
    }
}
