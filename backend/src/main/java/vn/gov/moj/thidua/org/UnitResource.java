package vn.gov.moj.thidua.org;

import java.net.URI;
import java.time.LocalDate;
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

@Path("/api/v1/units")
@Tag(name = "Units", description = "Đơn vị — units of the sector and their mergers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitResource {

    @Inject
    UnitService service;

    @GET
    @Authenticated
    @Operation(operationId = "listUnits", summary = "List units", description = "Search is accent-insensitive: q=tro giup finds \"Trợ giúp\".")
    @APIResponse(responseCode = "200", description = "A page of units")
    public Page<UnitView> list(
            @RestQuery @Parameter(description = "Accent-insensitive text in name, short name or province", example = "tu phap") String q,
            @RestQuery UnitKind kind,
            @RestQuery @Parameter(example = "Lạng Sơn") String province,
            @RestQuery UUID parentId,
            @RestQuery @Parameter(description = "Only units that exist on this date", example = "2026-01-01") LocalDate activeOn,
            @Valid @BeanParam PageParams paging) {
        return service.list(q, kind, province, parentId, activeOn, paging);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getUnit", summary = "Read a unit")
    @APIResponse(responseCode = "200", description = "The unit", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = UnitView.class)))
    public Response get(@RestPath UUID id) {
        UnitView unit = service.get(id);
        return Response.ok(unit).tag(Versions.etag(unit.version())).build();
    }

    @POST
    @RolesAllowed({ Roles.SECRETARIAT, Roles.ADMIN })
    @Operation(operationId = "createUnit", summary = "Create a unit")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = UnitView.class)))
    public Response create(@Valid @NotNull UnitRequest body) {
        UnitView unit = service.create(body);
        return Response.created(URI.create("/api/v1/units/" + unit.id())).tag(Versions.etag(unit.version())).entity(unit).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.SECRETARIAT, Roles.ADMIN })
    @Operation(operationId = "updateUnit", summary = "Replace a unit's details", description = "Name a successor and validTo to record a merger.")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = UnitView.class)))
    public Response update(@RestPath UUID id,
            @RestHeader("If-Match") @Parameter(description = "The ETag from your last read", required = true) String ifMatch,
            @Valid @NotNull UnitRequest body) {
        UnitView unit = service.update(id, ifMatch, body);
        return Response.ok(unit).tag(Versions.etag(unit.version())).build();
    }
}
