package vn.gov.moj.thidua.audit;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditCheckpointsToVerify", description = "The last checkpoint files kept outside the database")
public record CheckpointsToVerify(
        @NotNull @Size(min = 1, max = 100) @Schema(required = true) List<@NotNull @Valid AuditCheckpoint> checkpoints) {
}
