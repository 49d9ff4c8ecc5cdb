package vn.gov.moj.thidua.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.moj.thidua.nomination.eligibility.Verdict;

@Schema(name = "Nomination", description = "A dossier (hồ sơ đề nghị) with its state and the actions allowed next")
public record NominationView(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "The proposing unit, which owns the dossier") UUID unitId,
        @Schema(examples = "Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý") String unitName,
        @Schema(required = true, examples = "PERSON", enumeration = { "PERSON", "UNIT" }) String nomineeKind,
        UUID personId,
        @Schema(examples = "Nguyễn Thị Hồng Nhung") String personName,
        UUID nomineeUnitId,
        String nomineeUnitName,
        @Schema(required = true) UUID awardTypeId,
        @Schema(required = true, examples = "CSTD_NGANH") String awardTypeCode,
        @Schema(required = true, examples = "Chiến sĩ thi đua ngành Tư pháp") String awardTypeName,
        @Schema(required = true) UUID periodId,
        @Schema(required = true, examples = "2025") String periodLabel,
        @Schema(required = true) String achievements,
        @Schema(required = true) List<UUID> initiativeIds,
        UUID electionSessionId,
        @Schema(required = true, examples = "DRAFT") NominationStatus status,
        @Schema(required = true, examples = "[\"edit\", \"submit\"]") List<String> allowedActions,
        @Schema(description = "Overall verdict of the last stored appraisal", examples = "PASS") Verdict eligibilityOverall,
        Instant eligibilityCheckedAt,
        @Schema(examples = "Trường hợp đặc biệt theo kết luận của Hội đồng") String overrideReason,
        @Schema(examples = "Thiếu biên bản họp Hội đồng thi đua đơn vị") String returnReason,
        @Schema(examples = "2026-03-20") LocalDate commentClosingDate,
        UUID councilSessionId,
        @Schema(examples = "Hội đồng 15 thành viên: đồng ý 14, không đồng ý 1 — đạt 9/10") String councilSummary,
        UUID decisionId,
        @Schema(required = true, examples = "unit-officer") String createdBy,
        @Schema(required = true) long version,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(description = "The time limit of the current step in working days (appraisal, public comment), if it has one")
        DossierDeadline deadline,
        @Schema(description = "Entered as history (nhập bổ sung) from a past year's records: who entered it; empty when made at the time",
                examples = "secretariat") String enteredBy,
        @Schema(description = "Entered as history: when it was entered") Instant enteredAt) {
}
