package vn.gov.moj.thidua.voting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewRoundRequest", examples = "{\"onlyTied\":true}")
public record RoundRequest(
        @Schema(description = "Keep only the candidates tied for the last seat (default: when the round ended in such a tie)") Boolean onlyTied) {
}
