package vn.gov.moj.thidua.voting;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.moj.thidua.common.input.PlainName;

/** Someone or something voted on: voting knows only its kind, reference and label. */
@Schema(name = "VotingCandidate", examples = "{\"kind\":\"UNIT\",\"ref\":\"00000000-0000-4000-8000-000000000203\",\"label\":\"Cục Hành chính tư pháp\"}")
public record Candidate(@NotNull CandidateKind kind, @NotNull UUID ref, @NotBlank @Size(max = 300) @PlainName String label) {
}
