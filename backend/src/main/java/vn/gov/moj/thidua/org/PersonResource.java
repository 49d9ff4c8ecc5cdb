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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@Path("/api/v1/people")
@Tag(name = "People", description = "Cá nhân — people, their work history and yearly ratings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonResource {

    @Inject
    PersonService service;

    @GET
    @Authenticated
    @Operation(operationId = "listPeople", summary = "List people",
            description = "Unit staff see their own unit's people only; secretariat, admin, council members, viewers and integrations see all.")
    @APIResponse(responseCode = "200", description = "A page of people")
    public Page<PersonView> list(
            @RestQuery @Parameter(description = "Accent-insensitive name search", example = "nguyen thi") String q,
            @RestQuery UUID unitId,
            @RestQuery @Parameter(description = "Only leaders (true) or only staff (false)") Boolean leader,
            @Valid @BeanParam PageParams paging) {
        return service.list(q, unitId, leader, paging);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getPerson", summary = "Read a person with work history and ratings")
    @APIResponse(responseCode = "200", description = "The person", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PersonDetail.class)))
    public Response get(@RestPath UUID id) {
        PersonDetail person = service.get(id);
        return Response.ok(person).tag(Versions.etag(person.version())).build();
    }

    @POST
    @RolesAllowed({ Roles.SECRETARIAT, Roles.ADMIN })
    @Operation(operationId = "createPerson", summary = "Create a person")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = PersonDetail.class)))
    public Response create(@Valid @NotNull PersonRequest body) {
        PersonDetail person = service.create(body);
        return Response.created(URI.create("/api/v1/people/" + person.id())).tag(Versions.etag(person.version())).entity(person).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.SECRETARIAT, Roles.ADMIN })
    @Operation(operationId = "updatePerson", summary = "Update a person; a new unitId records a transfer")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = PersonDetail.class)))
    public Response update(@RestPath UUID id,
            @RestHeader("If-Match") @Parameter(description = "The ETag from your last read", required = true) String ifMatch,
            @Valid @NotNull PersonRequest body) {
        PersonDetail person = service.update(id, ifMatch, body);
        return Response.ok(person).tag(Versions.etag(person.version())).build();
    }

    @PUT
    @Path("/{id}/ratings/{year}")
    @RolesAllowed({ Roles.SECRETARIAT, Roles.ADMIN, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(operationId = "ratePerson", summary = "Record a person's rating for a year",
            description = "Unit heads and officers rate their own unit's people; the secretariat and admin anyone. The ratings are part of "
                    + "the person: send the person's ETag in If-Match (also when the year has no rating yet); the answer carries the new ETag.")
    @APIResponse(responseCode = "200", description = "The person with the rating recorded",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PersonDetail.class)))
    public Response rate(@RestPath UUID id, @RestPath @Min(1990) @Max(2100) int year,
            @RestHeader("If-Match") @Parameter(description = "The person's ETag from your last read", required = true) String ifMatch,
            @Valid @NotNull RatingRequest body) {
        PersonDetail person = service.rate(id, year, ifMatch, body.rating());
        return Response.ok(person).tag(Versions.etag(person.version())).build();
    }
}
