package vn.gov.moj.thidua.voting;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PaperTallyRequest", description = "The counting committee's totals of a paper ballot (biên bản kiểm phiếu)",
        examples = "{\"ballotsIssued\":11,\"ballotsReceived\":11,\"validBallots\":11,\"invalidBallots\":0,"
                + "\"counts\":[{\"candidateRef\":\"00000000-0000-4000-8000-000000000106\",\"yes\":11,\"no\":0,\"abstain\":0}]}")
public record PaperTallyRequest(
        @NotNull @Min(0) @Max(100000) Integer ballotsIssued,
        @NotNull @Min(0) @Max(100000) Integer ballotsReceived,
        @NotNull @Min(0) @Max(100000) Integer validBallots,
        @NotNull @Min(0) @Max(100000) Integer invalidBallots,
        @NotNull @Size(min = 1, max = 500) List<@NotNull @Valid Count> counts) {

    @Schema(name = "PaperCandidateCount")
    public record Count(@NotNull UUID candidateRef, @NotNull @Min(0) @Max(100000) Integer yes, @Min(0) @Max(100000) Integer no,
            @Min(0) @Max(100000) Integer abstain) {
    }
}
