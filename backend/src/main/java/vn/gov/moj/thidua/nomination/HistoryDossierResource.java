package vn.gov.moj.thidua.nomination;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import vn.gov.moj.thidua.common.security.Roles;

@Path("/api/v1/history/periods/{periodId}/dossiers")
@Tag(name = "History")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HistoryDossierResource {

    @Inject
    PastDossiers dossiers;

    @POST
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "enterHistoryDossier", summary = "Enter a dossier of an ended period on a unit's behalf (recorded APPROVED)",
            description = "The nominee rules of a dossier apply; the period must have ended (409 otherwise).")
    @APIResponse(responseCode = "201", description = "Entered", content = @Content(schema = @Schema(implementation = NominationView.class)))
    public Response enter(@RestPath UUID periodId, @Valid @NotNull PastDossierRequest body) {
        NominationView n = dossiers.enter(periodId, body);
        return Response.created(URI.create("/api/v1/nominations/" + n.id())).entity(n).build();
    }
}
