package vn.gov.moj.thidua.nomination;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.security.Authenticated;
import vn.gov.moj.thidua.common.security.Roles;

@Path("/api/v1/cluster-proposals")
@Tag(name = "Cluster proposals", description = "Tờ trình của Cụm — the cluster's proposal from its published election")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClusterProposalResource {

    @Inject
    ClusterProposals proposals;

    @POST
    @RolesAllowed(Roles.CLUSTER_LEAD)
    @Operation(operationId = "fileClusterProposal", summary = "File the cluster's proposal from a published cluster election",
            description = "Only a cluster lead of the cluster's head or deputy unit (403 otherwise). Lists the elected units (all, or those named), "
                    + "links each unit's live dossier for the award and period or drafts one for the unit, attaches the election's minutes. "
                    + "409 when the session is not a published cluster election, already has a proposal, or the cluster's flag quota would be exceeded.")
    @APIResponse(responseCode = "201", description = "Filed", content = @Content(schema = @Schema(implementation = ClusterProposalView.class)))
    @APIResponse(responseCode = "403", description = "Not a lead of this cluster",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "409", description = "Not a published election, already proposed, or over the cluster's quota",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response file(@Valid @NotNull ClusterProposalRequest body) {
        ClusterProposalView view = proposals.file(body);
        return Response.created(URI.create("/api/v1/cluster-proposals/" + view.id())).entity(view).build();
    }

    @GET
    @Authenticated
    @Operation(operationId = "listClusterProposals", summary = "The cluster proposals you may read, of an election or a cluster")
    public List<ClusterProposalView> list(@RestQuery UUID electionSessionId, @RestQuery UUID clusterId) {
        return proposals.list(electionSessionId, clusterId);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getClusterProposal", summary = "Read a cluster proposal",
            description = "Sector-wide readers, the cluster's leads and the listed units; 404 for others.")
    public ClusterProposalView get(@RestPath UUID id) {
        return proposals.get(id);
    }
}
