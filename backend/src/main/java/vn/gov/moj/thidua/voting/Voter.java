package vn.gov.moj.thidua.voting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A member of the electorate. In a cluster election the key is the member unit's id (its head casts the
 * unit's ballot); in a council review it is the member's Keycloak user name.
 */
@Schema(name = "Voter", examples = "{\"key\":\"council.an\",\"label\":\"Nguyễn Văn An\"}")
public record Voter(@NotBlank @Size(max = 100) String key, @NotBlank @Size(max = 300) String label) {
}
