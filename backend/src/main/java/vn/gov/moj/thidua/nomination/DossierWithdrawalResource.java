package vn.gov.moj.thidua.nomination;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import vn.gov.moj.thidua.common.security.Roles;

@Path("/api/v1/nominations")
@Tag(name = "Nominations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DossierWithdrawalResource {

    @Inject
    DossierWithdrawal withdrawal;

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed(Roles.UNIT_HEAD)
    @Operation(operationId = "withdrawNomination", summary = "Withdraw your unit's dossier with a reason, before the council votes → WITHDRAWN",
            description = "Withdrawn dossiers count for no quota (flags per cluster, CSTĐCS). 409 once the council has voted.")
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(schema = @Schema(implementation = NominationView.class)))
    public NominationView withdraw(@RestPath UUID id, @Valid @NotNull NominationActions.ReasonRequest body) {
        return withdrawal.withdraw(id, body.reason());
    }

    @POST
    @Path("/{id}/discard")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "discardNomination", summary = "Discard a draft left for a period that has ended → WITHDRAWN; the unit is notified")
    @APIResponse(responseCode = "200", description = "Discarded", content = @Content(schema = @Schema(implementation = NominationView.class)))
    public NominationView discard(@RestPath UUID id, @Valid @NotNull NominationActions.ReasonRequest body) {
        return withdrawal.discard(id, body.reason());
    }
}
