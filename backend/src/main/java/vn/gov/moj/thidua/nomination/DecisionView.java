package vn.gov.moj.thidua.nomination;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Decision", description = "A decision (quyết định khen thưởng), its awardees and reward amounts")
public record DecisionView(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "215/QĐ-BTP") String number,
        @Schema(required = true, examples = "2026-03-25") LocalDate decisionDate,
        @Schema(required = true, examples = "Nguyễn Hải Ninh") String signer,
        @Schema(required = true, examples = "Bộ trưởng Bộ Tư pháp") String signerTitle,
        @Schema(required = true, examples = "ISSUED", enumeration = { "ISSUED", "REVOKED" }) String status,
        @Schema(required = true, description = "Mức lương cơ sở in force on the decision date (đồng)", examples = "2340000") BigDecimal baseAmount,
        @Schema(required = true, description = "Sum of the awardees' amounts (đồng)", examples = "7020000") BigDecimal totalAmount,
        @Schema(required = true) List<AwardView> awardees,
        Instant revokedAt,
        String revocationGrounds,
        @Schema(required = true, description = "True once a signed copy of the decision's PDF has been accepted (sign-and-return, docs/signatures.md)")
        boolean signed,
        @Schema(required = true) long version,
        @Schema(required = true) Instant createdAt,
        @Schema(description = "Entered as history (nhập bổ sung) from a past year's records: who entered it; empty when made at the time",
                examples = "secretariat") String enteredBy,
        @Schema(description = "Entered as history: when it was entered") Instant enteredAt) {
}
