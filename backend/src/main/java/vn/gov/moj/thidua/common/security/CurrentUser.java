package vn.gov.moj.thidua.common.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;

/**
 * The caller: name, realm roles and unit (the {@code unit_id} token claim). Object-level checks ask it
 * whether the caller's unit may see or change an object of a given unit.
 */
@RequestScoped
public class CurrentUser {

    public static final String UNIT_CLAIM = "unit_id";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public String username() {
        String preferred = token.getClaim("preferred_username");
        return preferred != null ? preferred : identity.getPrincipal().getName();
    }

    /** Vietnamese order (family name first), which Keycloak's {@code name} claim does not follow. */
    public String displayName() {
        String family = token.getClaim("family_name");
        String given = token.getClaim("given_name");
        if (family != null && !family.isBlank() && given != null && !given.isBlank()) {
            return family.strip() + " " + given.strip();
        }
        String name = token.getClaim("name");
        return name != null && !name.isBlank() ? name : username();
    }

    public List<String> roles() {
        return Roles.ALL.stream().filter(identity::hasRole).toList();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean hasAnyRole(List<String> roles) {
        return roles.stream().anyMatch(identity::hasRole);
    }

    public Optional<UUID> unitId() {
        Object claim = token.getClaim(UNIT_CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(claim.toString().replace("\"", "").strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether the caller may read objects of every unit. */
    public boolean readsAllUnits() {
        return hasAnyRole(Roles.SECTOR_WIDE_READERS);
    }

    public boolean belongsTo(UUID unitId) {
        return unitId != null && unitId().map(unitId::equals).orElse(false);
    }

    public boolean canRead(UUID objectUnitId) {
        return readsAllUnits() || belongsTo(objectUnitId);
    }

    /** The caller's unit, or 403 when the token carries none (a unit-bound action needs it). */
    public UUID requireUnit() {
        return unitId().orElseThrow(() -> ApiProblem.forbidden(Text.of("common.no-unit")));
    }

    /** The token's authentication methods ({@code amr}, RFC 8176: pwd, otp, mfa, hwk …); empty when it names none. */
    public List<String> authenticationMethods() {
        Object claim = token.getClaim("amr");
        if (claim instanceof java.util.Collection<?> values) {
            return values.stream().map(v -> v.toString().replace("\"", "").strip()).toList();
        }
        if (claim instanceof jakarta.json.JsonArray array) {
            return array.stream().map(v -> v.toString().replace("\"", "").strip()).toList();
        }
        return claim == null ? List.of() : List.of(claim.toString().replace("\"", "").strip());
    }

    /** The token's authentication context class ({@code acr}), or null. */
    public String authenticationContext() {
        Object claim = token.getClaim("acr");
        return claim == null ? null : claim.toString().replace("\"", "").strip();
    }
}
