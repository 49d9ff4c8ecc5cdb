package vn.gov.moj.thidua.nomination;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DueListRow", description = "One person or unit that meets (or almost meets) an award's criteria on the records, with the rule that says so")
public record DueListRow(
        @Schema(required = true, description = "Which list: CSTD_NGANH (CSTĐCS years in a row), BK_TTG (years for the Prime Minister's "
                + "Certificate of Merit), TTLDXS (collective ratios)") DueListKind kind,
        @Schema(required = true, description = "ELIGIBLE: the rule passes; ALMOST: one piece is missing (see missing)") Standing standing,
        @Schema(description = "The person (CSTD_NGANH, BK_TTG)") UUID personId,
        @Schema(examples = "Nguyễn Thị Hồng Nhung") String personName,
        @Schema(required = true, description = "The person's unit in the year, or the collective itself") UUID unitId,
        @Schema(required = true, examples = "Phòng Tư pháp huyện Hữu Lũng") String unitName,
        @Schema(required = true, examples = "PHONG_TU_PHAP") String unitKind,
        @Schema(required = true, description = "Commune- or district-level (xã, Phòng Tư pháp, Phòng THADS khu vực)") boolean frontline,
        @Schema(required = true) UUID awardTypeId,
        @Schema(required = true, examples = "CSTD_NGANH") String awardTypeCode,
        @Schema(required = true, examples = "Chiến sĩ thi đua ngành Tư pháp") String awardTypeName,
        @Schema(required = true, examples = "R-CSTD-BO") String ruleId,
        @Schema(required = true, examples = "Tiêu chuẩn danh hiệu Chiến sĩ thi đua ngành Tư pháp") String ruleName,
        @Schema(required = true, examples = "Điều 22 Luật Thi đua, khen thưởng số 06/2022/QH15") String legalSource,
        @Schema(required = true, description = "What the rule found, with its figures") String explanation,
        @Schema(description = "ALMOST: what is still missing", examples = "Chưa có sáng kiến được công nhận phạm vi toàn ngành") String missing,
        @Schema(description = "A live dossier already proposing this award for the year, if any") UUID dossierId) {

    public enum Standing {
        ELIGIBLE, ALMOST
    }
}
