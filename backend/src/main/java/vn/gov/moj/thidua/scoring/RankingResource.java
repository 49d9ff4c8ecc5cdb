package vn.gov.moj.thidua.scoring;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.security.Authenticated;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;

@Path("/api/v1/clusters")
@Tag(name = "Cluster ranking", description = "Xếp hạng thi đua trong cụm — ranking and the self vs verified report")
public class RankingResource {

    @Inject
    RankingService service;

    @GET
    @Path("/{id}/ranking")
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getClusterRanking", summary = "Rank a cluster's submitted sheets (draft for its members until every sheet is locked)")
    @APIResponse(responseCode = "200", description = "The ranking", content = @Content(schema = @Schema(implementation = ClusterRanking.class)))
    public ClusterRanking ranking(@RestPath UUID id,
            @RestQuery @Parameter(description = "Optional check that the cluster belongs to this period") UUID periodId) {
        return service.ranking(id, periodId);
    }

    @GET
    @Path("/{id}/ranking/export")
    @Authenticated
    @Produces({ "text/csv", RankingXlsx.MEDIA_TYPE })
    @Operation(operationId = "exportClusterRanking", summary = "The ranking as CSV (UTF-8 with BOM) or as an Excel workbook")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = RankingXlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response export(@RestPath UUID id,
            @RestQuery @DefaultValue("csv") @Parameter(description = "csv or xlsx") String format) {
        ClusterRanking ranking = service.ranking(id, null);
        boolean excel = "xlsx".equalsIgnoreCase(format);
        if (!excel && !"csv".equalsIgnoreCase(format)) {
            throw ApiProblem.invalidField("format", Text.of("common.format", "csv, xlsx"));
        }
        byte[] body = excel ? RankingXlsx.of(ranking) : RankingCsv.of(ranking).getBytes(StandardCharsets.UTF_8);
        return Response.ok(body, excel ? RankingXlsx.MEDIA_TYPE : "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"xep-hang-" + id + (excel ? ".xlsx" : ".csv") + "\"").build();
    }

    @GET
    @Path("/{id}/score-cuts")
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getScoreCuts", summary = "Self vs verified: where self-scores were cut most, per unit and per criterion")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = ScoreCutsReport.class)))
    public ScoreCutsReport cuts(@RestPath UUID id) {
        return service.cuts(id);
    }
}
