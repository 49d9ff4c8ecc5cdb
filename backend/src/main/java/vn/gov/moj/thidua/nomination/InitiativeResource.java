package vn.gov.moj.thidua.nomination;

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
import vn.gov.moj.thidua.common.paging.Page;
import vn.gov.moj.thidua.common.paging.PageParams;
import vn.gov.moj.thidua.common.security.Roles;
import vn.gov.moj.thidua.nomination.eligibility.InitiativeScope;

@Path("/api/v1/initiatives")
@Tag(name = "Initiatives", description = "Sáng kiến — recognised initiatives; each backs one proposal only (R-INIT)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InitiativeResource {

    @Inject
    InitiativeService service;

    @GET
    @Authenticated
    @Operation(operationId = "listInitiatives", summary = "List initiatives")
    @APIResponse(responseCode = "200", description = "A page of initiatives")
    public Page<InitiativeView> list(@RestQuery @Parameter(description = "Accent-insensitive text in the title", example = "so hoa") String q,
            @RestQuery UUID ownerId, @RestQuery InitiativeScope scope, @Valid @BeanParam PageParams paging) {
        return service.list(q, ownerId, scope, paging);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getInitiative", summary = "Read an initiative and the proposal that used it")
    @APIResponse(responseCode = "200", description = "The initiative", content = @Content(schema = @Schema(implementation = InitiativeView.class)))
    public InitiativeView get(@RestPath UUID id) {
        return service.get(id);
    }

    @POST
    @RolesAllowed({ Roles.SECRETARIAT, Roles.UNIT_OFFICER, Roles.UNIT_HEAD })
    @Operation(operationId = "createInitiative", summary = "Record an initiative with its recognition decision",
            description = "A unit records its own people's initiatives; the secretariat anyone's.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = InitiativeView.class)))
    public Response create(@Valid @NotNull InitiativeRequest body) {
        InitiativeView i = service.create(body);
        return Response.created(URI.create("/api/v1/initiatives/" + i.id())).entity(i).build();
    }
}
