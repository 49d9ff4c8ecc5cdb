package vn.gov.moj.thidua.nomination;

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

@Path("/api/v1/history/periods/{periodId}/decisions")
@Tag(name = "History")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HistoryDecisionResource {

    @Inject
    PastDecisions decisions;

    @POST
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "enterHistoryDecision", summary = "Enter a decision of an ended period with its ledger rows",
            description = "Ledger rows take the period's year and the reward from the base amount in force on the decision date. The date must "
                    + "fall between the period's first day and the end of the following year (400 otherwise); dossiers must be of this period.")
    @APIResponse(responseCode = "201", description = "Issued", content = @Content(schema = @Schema(implementation = DecisionView.class)))
    public Response enter(@RestPath UUID periodId, @Valid @NotNull DecisionRequest body) {
        DecisionView d = decisions.enter(periodId, body);
        return Response.created(URI.create("/api/v1/decisions/" + d.id())).entity(d).build();
    }
}
