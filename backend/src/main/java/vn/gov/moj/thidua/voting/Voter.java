package vn.gov.moj.thidua.voting;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.moj.thidua.common.input.PlainName;

/**
 * A member of the electorate. In a cluster election the key is the member unit's id (its head casts the
 * unit's ballot); in a council review it is the member's Keycloak user name, with the member's unit and person
 * when known: the council's recusals are found from them ({@link Recusal}).
 */
@Schema(name = "Voter", examples = "{\"key\":\"council.an\",\"label\":\"Nguyễn Văn An\",\"unitId\":\"00000000-0000-4000-8000-000000000202\"}")
public record Voter(@NotBlank @Size(max = 100) String key, @NotBlank @Size(max = 300) @PlainName String label,
        @Schema(description = "Council review: the member's unit; the member stands aside from items of this unit or a unit merged into it") UUID unitId,
        @Schema(description = "Council review: the member as a person of the organisation; the member stands aside from an item naming them") UUID personId) {

    public Voter(String key, String label) {
        this(key, label, null, null);
    }
}
