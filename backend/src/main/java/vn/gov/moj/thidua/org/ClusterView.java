package vn.gov.moj.thidua.org;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Cluster", description = "Cụm / Khối / Khu vực thi đua of one period")
public record ClusterView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID periodId,
        @Schema(examples = "2026") String periodLabel,
        @Schema(required = true, examples = "Cụm thi đua số III") String name,
        @Schema(required = true) ClusterKind kind,
        UUID headUnitId,
        @Schema(examples = "Cục Đăng ký quốc gia giao dịch bảo đảm") String headUnitName,
        @Schema(required = true, examples = "11") int memberCount,
        @Schema(required = true) long version) {
}
