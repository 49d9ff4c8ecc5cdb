package vn.gov.moj.thidua.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.moj.thidua.nomination.eligibility.InitiativeScope;

@Schema(name = "Initiative", description = "A recognised initiative and the proposal that used it (one only, R-INIT)")
public record InitiativeView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String title,
        @Schema(required = true, examples = "MINISTRY") InitiativeScope scope,
        @Schema(required = true) List<Owner> owners,
        @Schema(required = true, examples = "1520/QĐ-BTP") String recognitionNumber,
        @Schema(required = true, examples = "2025-10-15") LocalDate recognitionDate,
        @Schema(required = true, examples = "Hội đồng sáng kiến Bộ Tư pháp") String recognitionBody,
        String priorUse,
        @Schema(description = "The nomination this initiative backs, if any") UUID usedByNominationId,
        @Schema(required = true) long version,
        @Schema(required = true) Instant createdAt) {

    @Schema(name = "InitiativeOwner")
    public record Owner(@Schema(required = true) UUID personId, @Schema(examples = "Nguyễn Thị Hồng Nhung") String fullName) {
    }
}
