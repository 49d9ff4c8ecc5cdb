package vn.gov.moj.thidua.nomination;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Award", description = "A row of the awards ledger: a title or award granted to a person or a unit for an emulation year")
public record AwardView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID awardTypeId,
        @Schema(required = true, examples = "CSTDCS") String awardTypeCode,
        @Schema(required = true, examples = "Chiến sĩ thi đua cơ sở") String awardTypeName,
        @Schema(required = true, examples = "PERSON", enumeration = { "PERSON", "UNIT" }) String subjectKind,
        UUID personId,
        @Schema(examples = "Nguyễn Thị Hồng Nhung") String personName,
        @Schema(description = "For unit awards: the unit that received it (a predecessor when listed in a successor's history)") UUID unitId,
        @Schema(examples = "Cục Trợ giúp pháp lý") String unitName,
        @Schema(required = true, description = "The emulation year of the achievement", examples = "2025") int year,
        @Schema(required = true, examples = "09/QĐ-PBGDPL&TGPL") String decisionNumber,
        @Schema(required = true, examples = "2026-01-09") LocalDate decisionDate,
        @Schema(examples = "Cục trưởng Cục PBGDPL&TGPL") String decidedBy,
        @Schema(description = "The ThiĐua decision, when decided here") UUID decisionId,
        UUID nominationId,
        @Schema(required = true, examples = "IMPORTED", enumeration = { "DECIDED", "IMPORTED" }) String source,
        @Schema(description = "Reward in đồng", examples = "7020000") BigDecimal amount,
        @Schema(required = true) boolean revoked,
        Instant revokedAt,
        @Schema(examples = "Khai man thành tích (Luật TĐKT, Chương VII)") String revocationGrounds,
        @Schema(description = "Who entered the row as history of an ended period; null when decided at the time", examples = "secretariat")
        String enteredBy) {
}
