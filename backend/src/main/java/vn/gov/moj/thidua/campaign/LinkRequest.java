package vn.gov.moj.thidua.campaign;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.moj.thidua.common.input.PlainName;

@Schema(name = "LinkRequest", description = "Attaches a document by link")
public record LinkRequest(
        @NotBlank @Size(max = 300) @Schema(required = true, examples = "Quyết định ban hành Kế hoạch thi đua năm 2026") @PlainName String title,
        @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "{thidua.url}")
        @Schema(required = true, examples = "https://moj.gov.vn/qt/tintuc/Pages/thi-dua-khen-thuong.aspx") String url) {
}
