package vn.gov.moj.thidua.scoring;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CopyTemplateRequest", description = "Copy a template (e.g. last year's) into a period as a new draft",
        examples = "{\"periodId\":\"00000000-0000-4000-8000-000000009026\"}")
public record CopyTemplateRequest(@NotNull UUID periodId) {
}
