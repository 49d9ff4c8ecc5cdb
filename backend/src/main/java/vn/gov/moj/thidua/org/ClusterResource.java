package vn.gov.moj.thidua.org;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.security.Authenticated;
import vn.gov.moj.thidua.common.paging.Page;
import vn.gov.moj.thidua.common.paging.PageParams;
import vn.gov.moj.thidua.common.security.Roles;
import vn.gov.moj.thidua.common.web.Versions;

@Path("/api/v1/clusters")
@Tag(name = "Clusters", description = "Cụm, khối, khu vực thi đua — who competes with whom in a period")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClusterResource {

    @Inject
    ClusterService service;

    @GET
    @Authenticated
    @Operation(operationId = "listClusters", summary = "List clusters")
    @APIResponse(responseCode = "200", description = "A page of clusters")
    public Page<ClusterView> list(@RestQuery UUID periodId,
            @RestQuery @Parameter(description = "Only clusters this unit belongs to") UUID memberUnitId,
            @RestQuery @Parameter(description = "Accent-insensitive name search", example = "cum III") String q,
            @RestQuery ClusterKind kind,
            @Valid @BeanParam PageParams paging) {
        return service.list(periodId, memberUnitId, q, kind, paging);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getCluster", summary = "Read a cluster with its members")
    @APIResponse(responseCode = "200", description = "The cluster", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ClusterDetail.class)))
    public Response get(@RestPath UUID id) {
        ClusterDetail cluster = service.get(id);
        return Response.ok(cluster).tag(Versions.etag(cluster.version())).build();
    }

    @POST
    @RolesAllowed({ Roles.SECRETARIAT, Roles.ADMIN })
    @Operation(operationId = "createCluster", summary = "Create a cluster for a period")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ClusterDetail.class)))
    public Response create(@Valid @NotNull ClusterRequest body) {
        ClusterDetail cluster = service.create(body);
        return Response.created(URI.create("/api/v1/clusters/" + cluster.id())).tag(Versions.etag(cluster.version())).entity(cluster).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.SECRETARIAT, Roles.ADMIN })
    @Operation(operationId = "updateCluster", summary = "Replace a cluster's members, head and deputies")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = ClusterDetail.class)))
    public Response update(@RestPath UUID id,
            @RestHeader("If-Match") @Parameter(description = "The ETag from your last read", required = true) String ifMatch,
            @Valid @NotNull ClusterRequest body) {
        ClusterDetail cluster = service.update(id, ifMatch, body);
        return Response.ok(cluster).tag(Versions.etag(cluster.version())).build();
    }
}
