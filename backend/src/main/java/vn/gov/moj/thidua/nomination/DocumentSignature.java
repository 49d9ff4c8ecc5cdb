package vn.gov.moj.thidua.nomination;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.moj.thidua.common.signature.SignatureStatus;

@Schema(name = "DocumentSignature", description = "The digital signature check of a PDF attached to a dossier (EU DSS, PAdES, at upload)")
public record DocumentSignature(
        @Schema(required = true, examples = "VALID") SignatureStatus status,
        @Schema(examples = "Nguyễn Văn An") String signerName,
        @Schema(examples = "Sở Tư pháp tỉnh Lào Cai") String signerOrganisation,
        String signerSerial,
        String signerIssuer,
        @Schema(description = "The time the signature claims (PAdES-B, not proven by a timestamp)") Instant signingTime,
        @Schema(examples = "TOTAL_PASSED") String indication,
        String subIndication,
        @Schema(description = "Why the signature is not valid, in the reader's language; absent unless INVALID") String reason) {
}
