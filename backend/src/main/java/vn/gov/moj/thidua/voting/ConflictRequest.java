package vn.gov.moj.thidua.voting;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A council member's declaration of a conflict of interest on one item of an open council review. */
@Schema(name = "ConflictDeclaration", examples = "{\"candidateRef\":\"00000000-0000-4000-8000-000000420001\",\"reason\":\"Người được đề nghị là người thân của tôi\"}")
public record ConflictRequest(@NotNull UUID candidateRef, @NotBlank @Size(max = 500) String reason) {
}
