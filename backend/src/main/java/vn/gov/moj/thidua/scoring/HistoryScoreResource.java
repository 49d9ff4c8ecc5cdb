package vn.gov.moj.thidua.scoring;

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

@Path("/api/v1/history/periods/{periodId}/final-scores")
@Tag(name = "History")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HistoryScoreResource {

    @Inject
    PastScores scores;

    @POST
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "enterHistoryFinalScores", summary = "Enter a cluster's final scores and ranks of an ended period",
            description = "No per-criterion score sheet is needed; replaces a final result entered before. Answers the cluster's ranking.")
    @APIResponse(responseCode = "200", description = "Entered; the cluster's ranking", content = @Content(schema = @Schema(implementation = ClusterRanking.class)))
    public ClusterRanking enter(@RestPath UUID periodId, @Valid @NotNull FinalScoresRequest body) {
        return scores.enter(periodId, body);
    }
}
