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
import java.time.LocalDate;

@Path("/api/v1/periods")
@Tag(name = "Periods", description = "Năm thi đua — emulation periods")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PeriodResource {

    @Inject
    PeriodService service;

    @GET
    @Authenticated
    @Operation(operationId = "listPeriods", summary = "List emulation periods, newest first")
    @APIResponse(responseCode = "200", description = "A page of periods")
    public Page<PeriodView> list(@RestQuery @Parameter(description = "Only the period containing this date", example = "2026-06-30") LocalDate containing,
            @Valid @BeanParam PageParams paging) {
        return service.list(containing, paging);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getPeriod", summary = "Read a period")
    @APIResponse(responseCode = "200", description = "The period", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PeriodView.class)))
    public Response get(@RestPath UUID id) {
        PeriodView period = service.get(id);
        return Response.ok(period).tag(Versions.etag(period.version())).build();
    }

    @POST
    @RolesAllowed({ Roles.SECRETARIAT, Roles.ADMIN })
    @Operation(operationId = "createPeriod", summary = "Create a period (calendar year by default)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = PeriodView.class)))
    public Response create(@Valid @NotNull PeriodRequest body) {
        PeriodView period = service.create(body);
        return Response.created(URI.create("/api/v1/periods/" + period.id())).tag(Versions.etag(period.version())).entity(period).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.SECRETARIAT, Roles.ADMIN })
    @Operation(operationId = "updatePeriod", summary = "Change a period's label or dates")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = PeriodView.class)))
    public Response update(@RestPath UUID id,
            @RestHeader("If-Match") @Parameter(description = "The ETag from your last read", required = true) String ifMatch,
            @Valid @NotNull PeriodRequest body) {
        PeriodView period = service.update(id, ifMatch, body);
        return Response.ok(period).tag(Versions.etag(period.version())).build();
    }
}
