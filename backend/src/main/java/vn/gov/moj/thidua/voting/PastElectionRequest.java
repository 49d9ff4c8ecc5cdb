package vn.gov.moj.thidua.voting;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PastElectionRequest", description = "A cluster election of an ended period, as its paper minutes (biên bản kiểm phiếu) "
        + "record it: the session as it was set up (the mode is always PAPER; give the rules then in force where no rule parameter covers "
        + "that date), who was present, and the counting committee's totals. Entered in one step, with no real-time opening or closing.")
public record PastElectionRequest(
        @NotNull @Valid @Schema(required = true) SessionRequest session,
        @Size(max = 2000) @Schema(description = "Voter keys present at the conference; default: every member unit") List<@NotBlank @Size(max = 100) String> present,
        @NotNull @Valid @Schema(required = true) PaperTallyRequest tally) {
}
