package vn.gov.moj.thidua.catalog;

import java.math.BigDecimal;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AwardType", description = "A title (danh hiệu) or award form (hình thức khen thưởng) with its legal source")
public record AwardTypeView(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "CSTDCS") String code,
        @Schema(required = true, examples = "Chiến sĩ thi đua cơ sở") String name,
        @Schema(required = true) AwardKind kind,
        @Schema(required = true) AwardSubject subject,
        @Schema(required = true) AwardLevel level,
        @Schema(required = true, examples = "Thủ trưởng cơ quan, đơn vị (Luật TĐKT 2022, Điều 80)") String decidedBy,
        @Schema(required = true, examples = "Luật Thi đua, khen thưởng 2022") String legalInstrument,
        @Schema(examples = "Điều 23") String legalArticle,
        @Schema(description = "Reward as a multiple of the base salary", examples = "1.00") BigDecimal rewardMultiple,
        @Schema(examples = "Nghị định 152/2025/NĐ-CP") String rewardSource,
        @Schema(required = true, description = "false when the research marks the source or criteria UNVERIFIED") boolean verified,
        String notes,
        @Schema(required = true) boolean active,
        @Schema(required = true) long version) {

    static AwardTypeView of(AwardType a) {
        return new AwardTypeView(a.id, a.code, a.name, a.kind, a.subject, a.level, a.decidedBy, a.legalInstrument,
                a.legalArticle, a.rewardMultiple, a.rewardSource, a.verified, a.notes, a.active, a.version);
    }
}
