package vn.gov.moj.thidua.org;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.gov.moj.thidua.common.security.CurrentUser;

@Path("/api/v1/me")
@Tag(name = "Me", description = "The signed-in user")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CurrentUser user;

    @Inject
    UnitDirectory units;

    @GET
    @Authenticated
    @Operation(operationId = "getMe", summary = "Who am I: username, roles and unit")
    @APIResponse(responseCode = "200", description = "The caller")
    public MeView me() {
        var unitId = user.unitId().orElse(null);
        return new MeView(user.username(), user.displayName(), user.roles(), unitId, units.nameOf(unitId));
    }
}
