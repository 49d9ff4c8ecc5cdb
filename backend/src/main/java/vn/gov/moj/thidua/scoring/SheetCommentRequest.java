package vn.gov.moj.thidua.scoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SheetCommentRequest", description = "A return comment, or the reference of a certification",
        examples = "{\"comment\":\"Bổ sung minh chứng cho tiêu chí A.2\"}")
public record SheetCommentRequest(@NotBlank @Size(max = 2000) String comment) {
}
