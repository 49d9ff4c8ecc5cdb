package vn.gov.moj.thidua.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RuleParameter", description = "One dated version of a rule parameter with its legal source")
public record RuleParameterView(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "R-CSTDCS-QUOTA") String ruleId,
        @Schema(required = true, examples = "maxShareOfLdtt") String key,
        @Schema(required = true) ValueType valueType,
        @Schema(required = true, examples = "0.15") String value,
        @Schema(required = true, examples = "Số CSTĐCS không quá tỷ lệ này trên tổng số cá nhân đạt LĐTT của đơn vị") String description,
        @Schema(required = true, examples = "2024-01-01") LocalDate effectiveFrom,
        @Schema(description = "Last day in force; null while open-ended") LocalDate effectiveTo,
        @Schema(required = true, examples = "Nghị định 91/2017/NĐ-CP") String legalInstrument,
        @Schema(examples = "Điều 9 khoản 3") String legalArticle,
        @Schema(required = true, description = "false: an UNVERIFIED default, editable") boolean verified,
        String note,
        @Schema(description = "Why this version was recorded afterwards for a past date range (back-dated); null otherwise",
                examples = "Nhập lịch sử năm 2019: mức lương cơ sở khi đó") String reason,
        @Schema(required = true, examples = "secretariat") String createdBy,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) long version) {

    static RuleParameterView of(RuleParameter p) {
        return new RuleParameterView(p.id, p.ruleId, p.key, p.valueType, p.value, p.description, p.effectiveFrom,
                p.effectiveTo, p.legalInstrument, p.legalArticle, p.verified, p.note, p.reason, p.createdBy, p.createdAt, p.version);
    }
}
