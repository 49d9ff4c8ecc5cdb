package vn.gov.moj.thidua.campaign;

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

@Path("/api/v1/history/periods/{periodId}/campaigns")
@Tag(name = "History")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HistoryCampaignResource {

    @Inject
    PastCampaigns campaigns;

    @POST
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "enterHistoryCampaign", summary = "Enter a campaign of an ended period as history (recorded CLOSED)",
            description = "The ordinary campaign checks apply; the campaign's period must be this ended period (409 otherwise).")
    @APIResponse(responseCode = "201", description = "Entered", content = @Content(schema = @Schema(implementation = CampaignDetail.class)))
    public Response enter(@RestPath UUID periodId, @Valid @NotNull CampaignRequest body) {
        CampaignDetail campaign = campaigns.enter(periodId, body);
        return Response.created(URI.create("/api/v1/campaigns/" + campaign.id())).tag(Versions.etag(campaign.version())).entity(campaign).build();
    }
}
