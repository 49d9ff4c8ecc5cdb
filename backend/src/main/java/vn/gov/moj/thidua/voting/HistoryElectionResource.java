package vn.gov.moj.thidua.voting;

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

@Path("/api/v1/history/periods/{periodId}/elections")
@Tag(name = "History")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HistoryElectionResource {

    @Inject
    PastElections elections;

    @POST
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "enterHistoryElection", summary = "Enter a past cluster election from its paper totals (recorded PUBLISHED)",
            description = "Setup, quorum, paper-tally and publication checks all apply, in one step; the cluster must be of this ended period.")
    @APIResponse(responseCode = "201", description = "Entered and published", content = @Content(schema = @Schema(implementation = SessionDetail.class)))
    public Response enter(@RestPath UUID periodId, @Valid @NotNull PastElectionRequest body) {
        SessionDetail session = elections.enter(periodId, body);
        return Response.created(URI.create("/api/v1/voting-sessions/" + session.id())).entity(session).build();
    }
}
