package vn.gov.moj.thidua.voting;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BallotRequest", description = """
        One mark (YES, NO or ABSTAIN) for every candidate of the session; at most maxChoices YES marks.""",
        examples = "{\"choices\":[{\"candidateRef\":\"00000000-0000-4000-8000-000000000203\",\"choice\":\"YES\"}]}")
public record BallotRequest(@NotNull @Size(min = 1, max = 500) List<@NotNull @Valid Mark> choices) {

    @Schema(name = "BallotMark")
    public record Mark(@NotNull UUID candidateRef, @NotNull Choice choice) {
    }
}
