package vn.gov.moj.thidua.campaign;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import vn.gov.moj.thidua.audit.HistoryEntry;
import vn.gov.moj.thidua.common.paging.Page;
import vn.gov.moj.thidua.common.paging.PageParams;
import vn.gov.moj.thidua.common.security.Roles;
import vn.gov.moj.thidua.common.web.Versions;

@Path("/api/v1/campaigns/{campaignId}/registrations")
@Tag(name = "Registrations", description = "Đăng ký thi đua — units and their people register for award types in a campaign")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegistrationResource {

    @Inject
    RegistrationService service;

    @GET
    @Authenticated
    @Operation(operationId = "listRegistrations", summary = "List registrations",
            description = "Unit staff see their own unit's; sector-wide readers see every submitted one (status=SUBMITTED is the approval queue).")
    @APIResponse(responseCode = "200", description = "A page of registrations")
    public Page<RegistrationView> list(@RestPath UUID campaignId, @RestQuery RegistrationStatus status, @RestQuery UUID unitId,
            @RestQuery UUID awardTypeId, @Valid @BeanParam PageParams paging) {
        return service.list(campaignId, status, unitId, awardTypeId, paging);
    }

    @GET
    @Path("/totals")
    @Authenticated
    @Operation(operationId = "getRegistrationTotals", summary = "Compiled counts per award type and status (drafts not counted)")
    @APIResponse(responseCode = "200", description = "The totals", content = @Content(schema = @Schema(implementation = RegistrationTotals.class)))
    public RegistrationTotals totals(@RestPath UUID campaignId) {
        return service.totals(campaignId);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getRegistration", summary = "Read a registration")
    @APIResponse(responseCode = "200", description = "The registration", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    public Response get(@RestPath UUID campaignId, @RestPath UUID id) {
        return ok(service.get(campaignId, id));
    }

    @POST
    @RolesAllowed({ Roles.UNIT_OFFICER, Roles.UNIT_HEAD })
    @Operation(operationId = "createRegistration", summary = "Draft a registration for your unit or one of its people")
    @APIResponse(responseCode = "201", description = "Drafted", content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    public Response create(@RestPath UUID campaignId, @Valid @NotNull RegistrationRequest body) {
        RegistrationView r = service.create(campaignId, body);
        return Response.created(URI.create("/api/v1/campaigns/" + campaignId + "/registrations/" + r.id()))
                .tag(Versions.etag(r.version())).entity(r).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.UNIT_OFFICER, Roles.UNIT_HEAD })
    @Operation(operationId = "updateRegistration", summary = "Fix a draft or returned registration")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    public Response update(@RestPath UUID campaignId, @RestPath UUID id,
            @RestHeader("If-Match") @Parameter(description = "The ETag from your last read", required = true) String ifMatch,
            @Valid @NotNull RegistrationRequest body) {
        return ok(service.update(campaignId, id, ifMatch, body));
    }

    @DELETE
    @Consumes(MediaType.WILDCARD)
    @Path("/{id}")
    @RolesAllowed({ Roles.UNIT_OFFICER, Roles.UNIT_HEAD })
    @Operation(operationId = "deleteRegistration", summary = "Discard a draft")
    @APIResponse(responseCode = "204", description = "Discarded")
    public void delete(@RestPath UUID campaignId, @RestPath UUID id) {
        service.delete(campaignId, id);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Path("/{id}/submit")
    @RolesAllowed(Roles.UNIT_HEAD)
    @Operation(operationId = "submitRegistration", summary = "The unit head submits: DRAFT or RETURNED → SUBMITTED")
    @APIResponse(responseCode = "200", description = "Submitted", content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    public Response submit(@RestPath UUID campaignId, @RestPath UUID id) {
        return ok(service.submit(campaignId, id));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Path("/{id}/approve")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "approveRegistration", summary = "The launching side approves: SUBMITTED → APPROVED")
    @APIResponse(responseCode = "200", description = "Approved", content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    public Response approve(@RestPath UUID campaignId, @RestPath UUID id) {
        return ok(service.approve(campaignId, id));
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "returnRegistration", summary = "The launching side returns it with a reason: SUBMITTED → RETURNED")
    @APIResponse(responseCode = "200", description = "Returned", content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    public Response giveBack(@RestPath UUID campaignId, @RestPath UUID id, @Valid @NotNull ReturnRequest body) {
        return ok(service.giveBack(campaignId, id, body.reason()));
    }

    @GET
    @Path("/{id}/history")
    @Authenticated
    @Operation(operationId = "getRegistrationHistory", summary = "Who drafted, submitted, approved or returned it, and when")
    @APIResponse(responseCode = "200", description = "The history, oldest first")
    public List<HistoryEntry> history(@RestPath UUID campaignId, @RestPath UUID id) {
        return service.history(campaignId, id);
    }

    private static Response ok(RegistrationView r) {
        return Response.ok(r).tag(Versions.etag(r.version())).build();
    }
}
