package vn.gov.moj.thidua.scoring;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Tài liệu minh chứng — a document or link proving a self-score. */
@Schema(name = "Evidence")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Evidence(
        @Schema(required = true, examples = "Báo cáo tổng kết công tác tư pháp 2026") String label,
        @Schema(required = true, description = "An http(s) address, or for an uploaded file the API path that downloads it",
                examples = "https://vbpl.moj.gov.vn/bao-cao-2026.pdf") String url,
        @Schema(description = "For an uploaded file (POST /score-sheets/{id}/evidence-files): its id; keep it when saving the"
                + " self-scores, leave the evidence out to delete the file") UUID fileId) {

    /** The API path that downloads an uploaded evidence file. */
    static String downloadPath(UUID sheetId, UUID fileId) {
        return "/api/v1/score-sheets/" + sheetId + "/evidence-files/" + fileId;
    }
}
