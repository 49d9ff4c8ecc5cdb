package vn.gov.moj.thidua.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.security.Authenticated;
import vn.gov.moj.thidua.campaign.CampaignStatus;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.security.Roles;
import vn.gov.moj.thidua.org.UnitKind;

@Path("/api/v1/reports")
@Tag(name = "Reports", description = "Báo cáo — read-only sector-wide reports for leaders, each exportable to Excel or CSV")
public class ReportResource {

    @Inject
    ReportService service;

    @Inject
    YearDashboardService dashboards;

    @Inject
    HeavyReportLimit heavyReports;

    @GET
    @Path("/awards")
    @RolesAllowed({ Roles.ADMIN, Roles.SECRETARIAT, Roles.VIEWER })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getAwardsReport", summary = "Awards by year, award type, unit kind and level, and how far they reach",
            description = "Counts ledger rows not revoked. Level comes from the awardee's unit kind; leader vs frontline from the person's leader flag (docs/reports.md).")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = AwardsReport.class)))
    @APIResponse(responseCode = "429", description = "Heavy-report rate limit reached for your account (thidua.rate-limit.heavy-reports-per-minute, counted across all instances); retry after Retry-After seconds",
            headers = @org.eclipse.microprofile.openapi.annotations.headers.Header(name = "Retry-After", description = "Seconds until the window ends",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public AwardsReport awards(@RestQuery @Min(1945) @Max(2100) @Parameter(example = "2024") Integer yearFrom,
            @RestQuery @Min(1945) @Max(2100) @Parameter(example = "2025") Integer yearTo,
            @RestQuery UUID awardTypeId, @RestQuery UnitKind unitKind, @RestQuery ReachLevel level) {
        heavyReports.hit();
        return service.awards(yearFrom, yearTo, awardTypeId, unitKind, level);
    }

    @GET
    @Path("/awards/export")
    @RolesAllowed({ Roles.ADMIN, Roles.SECRETARIAT, Roles.VIEWER })
    @Produces({ ReportTable.XLSX, "text/csv" })
    @Operation(operationId = "exportAwardsReport", summary = "The awards report as an Excel workbook (one sheet per table) or CSV")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = ReportTable.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "429", description = "Heavy-report rate limit reached for your account (thidua.rate-limit.heavy-reports-per-minute, counted across all instances); retry after Retry-After seconds",
            headers = @org.eclipse.microprofile.openapi.annotations.headers.Header(name = "Retry-After", description = "Seconds until the window ends",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response exportAwards(@RestQuery @Min(1945) @Max(2100) Integer yearFrom, @RestQuery @Min(1945) @Max(2100) Integer yearTo,
            @RestQuery UUID awardTypeId, @RestQuery UnitKind unitKind, @RestQuery ReachLevel level,
            @RestQuery @DefaultValue("xlsx") @Parameter(description = "xlsx or csv") String format) {
        heavyReports.hit();
        return file("bao-cao-khen-thuong", format, () -> ReportTables.of(service.awards(yearFrom, yearTo, awardTypeId, unitKind, level)));
    }

    @GET
    @Path("/campaigns")
    @RolesAllowed({ Roles.ADMIN, Roles.SECRETARIAT, Roles.VIEWER })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getCampaignParticipationReport", summary = "Participation in every campaign: targeted, registered, reported, overdue units")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = CampaignParticipationReport.class)))
    public CampaignParticipationReport campaigns(@RestQuery UUID periodId, @RestQuery CampaignStatus status) {
        return service.campaigns(periodId, status);
    }

    @GET
    @Path("/campaigns/export")
    @RolesAllowed({ Roles.ADMIN, Roles.SECRETARIAT, Roles.VIEWER })
    @Produces({ ReportTable.XLSX, "text/csv" })
    @Operation(operationId = "exportCampaignParticipationReport", summary = "Campaign participation as Excel or CSV")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = ReportTable.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)) })
    public Response exportCampaigns(@RestQuery UUID periodId, @RestQuery CampaignStatus status,
            @RestQuery @DefaultValue("xlsx") @Parameter(description = "xlsx or csv") String format) {
        return file("bao-cao-phong-trao", format,
                () -> ReportTables.of(service.campaigns(periodId, status)));
    }

    @GET
    @Path("/scoring")
    @RolesAllowed({ Roles.ADMIN, Roles.SECRETARIAT, Roles.VIEWER })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getScoringOverview", summary = "Scoring per cluster: sheets' progress, the leader, and the self-vs-verified cut")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = ScoringOverview.class)))
    public ScoringOverview scoring(@RestQuery @Parameter(description = "Only this period's clusters") UUID periodId) {
        return service.scoring(periodId);
    }

    @GET
    @Path("/scoring/export")
    @RolesAllowed({ Roles.ADMIN, Roles.SECRETARIAT, Roles.VIEWER })
    @Produces({ ReportTable.XLSX, "text/csv" })
    @Operation(operationId = "exportScoringOverview", summary = "The scoring overview as Excel or CSV")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = ReportTable.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)) })
    public Response exportScoring(@RestQuery UUID periodId,
            @RestQuery @DefaultValue("xlsx") @Parameter(description = "xlsx or csv") String format) {
        return file("bao-cao-cham-diem", format, () -> ReportTables.of(service.scoring(periodId)));
    }

    @GET
    @Path("/year-dashboard")
    @RolesAllowed({ Roles.ADMIN, Roles.SECRETARIAT, Roles.VIEWER })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getYearDashboard", summary = "One emulation period at a glance: clusters' scoring, rankings and elections, participation, dossiers and awards",
            description = "Without periodId: the period today falls in (Vietnam time), else the latest that has started.")
    @APIResponse(responseCode = "200", description = "The dashboard", content = @Content(schema = @Schema(implementation = YearDashboard.class)))
    @APIResponse(responseCode = "404", description = "No such period, or no period at all",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public YearDashboard yearDashboard(@RestQuery @Parameter(description = "The emulation period; the current one when left out") UUID periodId) {
        return dashboards.dashboard(periodId);
    }

    @GET
    @Path("/units/{id}/history")
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getUnitHistory", summary = "A unit's years: awards and scores, following its predecessors through mergers",
            description = "Sector-wide readers (admin, secretariat, viewer) read any unit; others only their own (another unit → 404).")
    @APIResponse(responseCode = "200", description = "The history", content = @Content(schema = @Schema(implementation = UnitHistory.class)))
    @APIResponse(responseCode = "404", description = "No such unit, or not the caller's",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public UnitHistory unitHistory(@RestPath UUID id) {
        return service.unitHistory(id);
    }

    @GET
    @Path("/units/{id}/history/export")
    @Authenticated
    @Produces({ ReportTable.XLSX, "text/csv" })
    @Operation(operationId = "exportUnitHistory", summary = "A unit's history as Excel or CSV")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = ReportTable.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "404", description = "No such unit, or not the caller's",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response exportUnitHistory(@RestPath UUID id, @RestQuery @DefaultValue("xlsx") @Parameter(description = "xlsx or csv") String format) {
        return file("lich-su-don-vi-" + id, format, () -> ReportTables.of(service.unitHistory(id)));
    }

    private static Response file(String name, String format, Supplier<List<ReportTable>> tables) {
        boolean excel = "xlsx".equalsIgnoreCase(format);
        if (!excel && !"csv".equalsIgnoreCase(format)) {
            throw ApiProblem.invalidField("format", Text.of("common.format", "xlsx, csv"));
        }
        List<ReportTable> content = tables.get();
        byte[] body = excel ? ReportTable.xlsx(content) : ReportTable.csv(content).getBytes(StandardCharsets.UTF_8);
        return Response.ok(body, excel ? ReportTable.XLSX : "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + (excel ? ".xlsx" : ".csv") + "\"").build();
    }
}
