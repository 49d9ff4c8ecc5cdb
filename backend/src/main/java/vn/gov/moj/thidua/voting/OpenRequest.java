package vn.gov.moj.thidua.voting;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OpenVotingRequest", description = "Who is present (voter keys of the electorate); the quorum is checked against it",
        examples = "{\"present\":[\"00000000-0000-4000-8000-000000000201\",\"00000000-0000-4000-8000-000000000203\"]}")
public record OpenRequest(@NotNull @Size(max = 2000) List<@NotBlank @Size(max = 100) String> present) {
}
