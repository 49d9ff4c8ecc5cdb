package vn.gov.moj.thidua.campaign;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.moj.thidua.catalog.AwardSubject;

@Schema(name = "Registration", description = "A unit's or person's registration for an award type in a campaign")
public record RegistrationView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID campaignId,
        @Schema(required = true) UUID unitId,
        @Schema(examples = "Cục Hành chính tư pháp") String unitName,
        UUID personId,
        @Schema(examples = "Nguyễn Thị Hồng Nhung") String personName,
        @Schema(required = true) UUID awardTypeId,
        @Schema(required = true, examples = "CSTDCS") String awardTypeCode,
        @Schema(required = true, examples = "Chiến sĩ thi đua cơ sở") String awardTypeName,
        @Schema(required = true, description = "INDIVIDUAL when a person registers, COLLECTIVE when the unit does") AwardSubject subject,
        @Schema(examples = "Hoàn thành xuất sắc nhiệm vụ") String commitments,
        @Schema(required = true) RegistrationStatus status,
        @Schema(examples = "Cá nhân chưa đạt LĐTT năm trước") String returnReason,
        @Schema(required = true, examples = "unit-officer") String createdBy,
        @Schema(description = "Entered as history: the day it was made then", examples = "2019-02-15") java.time.LocalDate registeredOn,
        @Schema(description = "Entered as history: who entered it", examples = "unit-head") String enteredBy,
        Instant submittedAt,
        Instant decidedAt,
        @Schema(required = true, examples = "[\"edit\",\"submit\"]") List<String> allowedActions,
        @Schema(required = true) long version) {
}
