package vn.gov.moj.thidua.voting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.moj.thidua.common.input.PlainName;

@Schema(name = "VotingSessionRequest", description = """
        Create or edit a draft session. A cluster election's electorate is always the cluster's member units and its
        candidates default to them; a council review names its voters. Rules left out come from the rule parameters
        in force on the session date (R-CO-NGANH for cluster elections, R-COUNCIL-VOTE for council reviews).""",
        examples = "{\"purpose\":\"CLUSTER_ELECTION\",\"title\":\"Suy tôn Cờ thi đua ngành Tư pháp năm 2026\","
                + "\"clusterId\":\"00000000-0000-4000-8000-000000008026\",\"awardTypeId\":\"00000000-0000-4000-8000-000000100007\","
                + "\"sessionDate\":\"2026-12-15\",\"place\":\"Hà Nội\"}")
public record SessionRequest(
        @NotNull VotingPurpose purpose,
        @NotBlank @Size(max = 300) @PlainName String title,
        @Schema(description = "Required for a cluster election") UUID clusterId,
        UUID awardTypeId,
        @NotNull LocalDate sessionDate,
        @Size(max = 200) String place,
        @Schema(description = "ELECTRONIC (default) or PAPER") BallotMode mode,
        @Schema(description = "Electronic secret sessions only: ballots are encrypted in the voter's browser and only totals are ever "
                + "decrypted (docs/ballot-crypto.md). Default false") Boolean encrypted,
        @Valid RulesInput rules,
        @Valid @Size(max = 500) List<@NotNull @Valid Candidate> candidates,
        @Schema(description = "Council reviews only: the named members (Keycloak user names)") @Valid @Size(max = 2000) List<@NotNull @Valid Voter> electorate) {
}
