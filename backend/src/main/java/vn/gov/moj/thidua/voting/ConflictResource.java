package vn.gov.moj.thidua.voting;

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

import vn.gov.moj.thidua.common.web.Versions;
import vn.gov.moj.thidua.common.security.Roles;

/** HTTP for a council member's declared conflict of interest on one item of an open council review (issue 19). */
@Path("/api/v1/voting-sessions/{id}/conflicts")
@Tag(name = "Voting")
@Produces(MediaType.APPLICATION_JSON)
public class ConflictResource {

    @Inject
    CouncilRecusals recusals;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNCIL_MEMBER)
    @Operation(operationId = "declareConflict", summary = "A council member of the session declares a conflict of interest on one item and stands aside from it",
            description = "Only while the session is open and before the member has cast in this round; audited. The member then leaves the item "
                    + "unmarked, and the item's electorate, quorum and base leave them out (docs/voting.md, Recusal).")
    @APIResponse(responseCode = "200", description = "The session, with the recusal listed", content = @Content(schema = @Schema(implementation = SessionDetail.class)))
    @APIResponse(responseCode = "400", description = "Not an item of this session")
    @APIResponse(responseCode = "403", description = "Not a council member of this session")
    @APIResponse(responseCode = "404", description = "Unknown, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "The session is not open, the member has already voted in this round, or already stands aside from the item")
    public Response declare(@RestPath UUID id, @Valid @NotNull ConflictRequest body) {
        SessionDetail session = recusals.declare(id, body);
        return Response.ok(session).tag(Versions.etag(session.version())).build();
    }
}
