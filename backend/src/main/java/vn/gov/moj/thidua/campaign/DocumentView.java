package vn.gov.moj.thidua.campaign;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CampaignDocument", description = "An attached file (download at contentUrl) or a link (url)")
public record DocumentView(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "Kế hoạch tổ chức phong trào thi đua") String title,
        @Schema(description = "For links", examples = "https://moj.gov.vn/qt/tintuc/Pages/thi-dua-khen-thuong.aspx") String url,
        @Schema(description = "For files", examples = "ke-hoach.pdf") String fileName,
        @Schema(examples = "application/pdf") String contentType,
        @Schema(examples = "52341") Long sizeBytes,
        @Schema(description = "For files: where to download the content", examples = "/api/v1/campaigns/00000000-0000-4000-8000-000000110001/documents/00000000-0000-4000-8000-000000110101/content") String contentUrl,
        @Schema(required = true, examples = "secretariat") String addedBy,
        @Schema(required = true) Instant addedAt) {

    static DocumentView of(CampaignDocument d) {
        String contentUrl = d.url == null ? "/api/v1/campaigns/" + d.campaignId + "/documents/" + d.id + "/content" : null;
        return new DocumentView(d.id, d.title, d.url, d.fileName, d.contentType, d.sizeBytes, contentUrl, d.addedBy, d.addedAt);
    }
}
