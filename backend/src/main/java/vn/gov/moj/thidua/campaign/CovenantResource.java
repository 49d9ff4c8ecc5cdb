package vn.gov.moj.thidua.campaign;

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

@Path("/api/v1/covenants")
@Tag(name = "Covenants", description = "Giao ước thi đua — what a cluster's members commit to for a period")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CovenantResource {

    @Inject
    CovenantService service;

    @GET
    @Authenticated
    @Operation(operationId = "listCovenants", summary = "List covenants")
    @APIResponse(responseCode = "200", description = "A page of covenants")
    public Page<CovenantView> list(@RestQuery UUID clusterId, @RestQuery UUID periodId,
            @RestQuery @Parameter(description = "Only covenants this unit signed") UUID memberUnitId,
            @Valid @BeanParam PageParams paging) {
        return service.list(clusterId, periodId, memberUnitId, paging);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getCovenant", summary = "Read a covenant")
    @APIResponse(responseCode = "200", description = "The covenant", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CovenantView.class)))
    public Response get(@RestPath UUID id) {
        CovenantView covenant = service.get(id);
        return Response.ok(covenant).tag(Versions.etag(covenant.version())).build();
    }

    @POST
    @RolesAllowed({ Roles.SECRETARIAT, Roles.CLUSTER_LEAD })
    @Operation(operationId = "createCovenant", summary = "Record a signed covenant (secretariat, or the cluster's head or deputy)")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = CovenantView.class)))
    public Response create(@Valid @NotNull CovenantRequest body) {
        CovenantView covenant = service.create(body);
        return Response.created(URI.create("/api/v1/covenants/" + covenant.id())).tag(Versions.etag(covenant.version())).entity(covenant).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.SECRETARIAT, Roles.CLUSTER_LEAD })
    @Operation(operationId = "updateCovenant", summary = "Correct a covenant")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = CovenantView.class)))
    public Response update(@RestPath UUID id,
            @RestHeader("If-Match") @Parameter(description = "The ETag from your last read", required = true) String ifMatch,
            @Valid @NotNull CovenantRequest body) {
        CovenantView covenant = service.update(id, ifMatch, body);
        return Response.ok(covenant).tag(Versions.etag(covenant.version())).build();
    }
}
