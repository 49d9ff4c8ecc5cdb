package vn.gov.moj.thidua.org;

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
import vn.gov.moj.thidua.common.web.Versions;

@Path("/api/v1/history/periods/{periodId}/clusters")
@Tag(name = "History", description = "Nhập dữ liệu năm cũ — the secretariat enters an ended period as record-keeping")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HistoryClusterResource {

    @Inject
    PastClusters clusters;

    @POST
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "enterHistoryCluster", summary = "Enter a cluster of an ended period as history",
            description = "The ordinary cluster checks apply; the period must have ended (409 otherwise) and the cluster is marked with who entered it.")
    @APIResponse(responseCode = "201", description = "Entered", content = @Content(schema = @Schema(implementation = ClusterDetail.class)))
    public Response enter(@RestPath UUID periodId, @Valid @NotNull ClusterRequest body) {
        ClusterDetail cluster = clusters.enter(periodId, body);
        return Response.created(URI.create("/api/v1/clusters/" + cluster.id())).tag(Versions.etag(cluster.version())).entity(cluster).build();
    }
}
