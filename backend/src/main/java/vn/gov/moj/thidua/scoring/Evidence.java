package vn.gov.moj.thidua.scoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Tài liệu minh chứng — a document or link proving a self-score. */
@Schema(name = "Evidence")
public record Evidence(
        @Schema(required = true, examples = "Báo cáo tổng kết công tác tư pháp 2026") String label,
        @Schema(required = true, examples = "https://vbpl.moj.gov.vn/bao-cao-2026.pdf") String url) {
}
