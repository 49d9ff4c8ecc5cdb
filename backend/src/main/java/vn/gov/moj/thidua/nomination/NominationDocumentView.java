package vn.gov.moj.thidua.nomination;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.moj.thidua.common.problem.ProblemTexts;
import vn.gov.moj.thidua.common.problem.Text;

@Schema(name = "NominationDocument", description = "A file of the dossier with its SHA-256 checksum")
public record NominationDocumentView(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "TO_TRINH") DocumentKind kind,
        @Schema(required = true, examples = "Tờ trình đề nghị tặng danh hiệu Chiến sĩ thi đua ngành") String title,
        @Schema(required = true, examples = "to-trinh.pdf") String fileName,
        @Schema(required = true, examples = "application/pdf") String contentType,
        @Schema(required = true, examples = "52341") long sizeBytes,
        @Schema(required = true, examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        @Schema(required = true, examples = "/api/v1/nominations/00000000-0000-4000-8000-000000420001/documents/00000000-0000-4000-8000-000000420101/content") String contentUrl,
        @Schema(required = true, examples = "unit-officer") String addedBy,
        @Schema(required = true) Instant addedAt,
        @Schema(description = "The digital signature check of a PDF tờ trình at upload; absent for files not checked") DocumentSignature signature) {

    static NominationDocumentView of(NominationDocument d, Locale language) {
        DocumentSignature signature = d.signatureStatus == null ? null
                : new DocumentSignature(d.signatureStatus, d.signerName, d.signerOrganisation, d.signerSerial, d.signerIssuer, d.signingTime,
                        d.signatureIndication, d.signatureSubIndication, d.signatureReason == null ? null
                                : ProblemTexts.render(Text.of(d.signatureReason, d.signerName, d.signatureReasonDetail), language));
        return new NominationDocumentView(d.id, d.kind, d.title, d.fileName, d.contentType, d.sizeBytes, d.sha256,
                "/api/v1/nominations/" + d.nominationId + "/documents/" + d.id + "/content", d.addedBy, d.addedAt, signature);
    }
}
