package vn.gov.moj.thidua.catalog;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.security.Authenticated;
import vn.gov.moj.thidua.common.security.Roles;

@Path("/api/v1/holidays")
@Tag(name = "Holiday calendar", description = "Ngày nghỉ lễ, Tết, nghỉ bù và làm bù: the days deadlines in working days skip")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HolidayResource {

    @Inject
    HolidayService service;

    @GET
    @Authenticated
    @Operation(operationId = "listHolidays", summary = "The holiday calendar of one year, in date order")
    public List<HolidayView> list(@RestQuery @NotNull @Parameter(required = true, example = "2026") Integer year) {
        return service.ofYear(year);
    }

    @POST
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "addHoliday", summary = "Add a day to the holiday calendar",
            description = "A holiday, a compensating or swapped day off (a weekday) or a make-up working day (a Saturday or Sunday); one row per day; audited.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = HolidayView.class)))
    public Response add(@Valid @NotNull HolidayRequest body) {
        return Response.status(Response.Status.CREATED).entity(service.add(body)).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "removeHoliday", summary = "Remove a day from the holiday calendar (audited)")
    @APIResponse(responseCode = "204", description = "Removed")
    public void remove(@RestPath UUID id) {
        service.remove(id);
    }
}
