package vn.gov.moj.thidua.catalog;

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

@Path("/api/v1/award-types")
@Tag(name = "Award types", description = "Danh hiệu thi đua and hình thức khen thưởng with their legal sources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AwardTypeResource {

    @Inject
    AwardTypeService service;

    @GET
    @Authenticated
    @Operation(operationId = "listAwardTypes", summary = "List the catalog of titles and award forms")
    @APIResponse(responseCode = "200", description = "A page of award types")
    public Page<AwardTypeView> list(
            @RestQuery @Parameter(description = "Accent-insensitive text in code or name", example = "chien si") String q,
            @RestQuery AwardKind kind,
            @RestQuery AwardSubject subject,
            @RestQuery AwardLevel level,
            @RestQuery Boolean active,
            @Valid @BeanParam PageParams paging) {
        return service.list(q, kind, subject, level, active, paging);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getAwardType", summary = "Read an award type")
    @APIResponse(responseCode = "200", description = "The award type", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AwardTypeView.class)))
    public Response get(@RestPath UUID id) {
        AwardTypeView type = service.get(id);
        return Response.ok(type).tag(Versions.etag(type.version())).build();
    }

    @POST
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "createAwardType", summary = "Add an award type to the catalog")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = AwardTypeView.class)))
    public Response create(@Valid @NotNull AwardTypeRequest body) {
        AwardTypeView type = service.create(body);
        return Response.created(URI.create("/api/v1/award-types/" + type.id())).tag(Versions.etag(type.version())).entity(type).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "updateAwardType", summary = "Replace an award type's details")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = AwardTypeView.class)))
    public Response update(@RestPath UUID id,
            @RestHeader("If-Match") @Parameter(description = "The ETag from your last read", required = true) String ifMatch,
            @Valid @NotNull AwardTypeRequest body) {
        AwardTypeView type = service.update(id, ifMatch, body);
        return Response.ok(type).tag(Versions.etag(type.version())).build();
    }
}
