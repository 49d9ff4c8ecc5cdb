package vn.gov.moj.thidua.report.statistics;

import java.nio.charset.StandardCharsets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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

import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.security.Roles;
import vn.gov.moj.thidua.report.HeavyReportLimit;

@Path("/api/v1/reports/statistics")
@Tag(name = "Reports", description = "Báo cáo — read-only sector-wide reports for leaders, each exportable to Excel or CSV")
public class StatisticsResource {

    private static final String FORM = "0601, 0602 or 0603 (Biểu 06xx.N/BNV-TĐKT, Thông tư 02/2023/TT-BNV)";

    @Inject
    StatisticsService service;

    @Inject
    HeavyReportLimit heavyReports;

    @GET
    @Path("/{form}")
    @RolesAllowed({ Roles.ADMIN, Roles.SECRETARIAT, Roles.VIEWER })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getStatisticsForm", summary = "A statutory statistics form for a year: every row code and column with its figure",
            description = "Counting rules in docs/statistics.md. Records that could not be classified are listed in `unclassified`.")
    @APIResponse(responseCode = "200", description = "The form", content = @Content(schema = @Schema(implementation = StatisticsForm.class)))
    @APIResponse(responseCode = "404", description = "No such form, or no emulation period in that year",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "429", description = "Heavy-report rate limit reached for your account (thidua.rate-limit.heavy-reports-per-minute, counted across all instances); retry after Retry-After seconds",
            headers = @org.eclipse.microprofile.openapi.annotations.headers.Header(name = "Retry-After", description = "Seconds until the window ends",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public StatisticsForm form(@RestPath @Parameter(description = FORM, example = "0601") String form,
            @RestQuery @NotNull @Min(1945) @Max(2100) @Parameter(required = true, example = "2019") Integer year) {
        heavyReports.hit();
        return service.form(form, year);
    }

    @GET
    @Path("/{form}/cells")
    @RolesAllowed({ Roles.ADMIN, Roles.SECRETARIAT, Roles.VIEWER })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getStatisticsCell", summary = "Drill-down: the campaigns or ledger rows counted in one cell of a form")
    @APIResponse(responseCode = "200", description = "The records", content = @Content(schema = @Schema(implementation = StatisticsCell.class)))
    @APIResponse(responseCode = "400", description = "No such row code or column key on this form",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "404", description = "No such form, or no emulation period in that year",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public StatisticsCell cell(@RestPath @Parameter(description = FORM, example = "0602") String form,
            @RestQuery @NotNull @Min(1945) @Max(2100) @Parameter(required = true, example = "2019") Integer year,
            @RestQuery @NotNull @Parameter(required = true, description = "Mã số of the row", example = "06") String row,
            @RestQuery @NotNull @Parameter(required = true, description = "Column key from the form's columns", example = "6.TT") String column) {
        return service.cell(form, year, row, column);
    }

    @GET
    @Path("/{form}/export")
    @RolesAllowed({ Roles.ADMIN, Roles.SECRETARIAT, Roles.VIEWER })
    @Produces({ StatisticsSheet.XLSX, "text/csv" })
    @Operation(operationId = "exportStatisticsForm", summary = "A statistics form as an Excel workbook in the form's layout, or CSV")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = StatisticsSheet.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "404", description = "No such form, or no emulation period in that year",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "429", description = "Heavy-report rate limit reached for your account (thidua.rate-limit.heavy-reports-per-minute, counted across all instances); retry after Retry-After seconds",
            headers = @org.eclipse.microprofile.openapi.annotations.headers.Header(name = "Retry-After", description = "Seconds until the window ends",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response export(@RestPath @Parameter(description = FORM, example = "0603") String form,
            @RestQuery @NotNull @Min(1945) @Max(2100) @Parameter(required = true, example = "2019") Integer year,
            @RestQuery @DefaultValue("xlsx") @Parameter(description = "xlsx or csv") String format) {
        boolean excel = "xlsx".equalsIgnoreCase(format);
        if (!excel && !"csv".equalsIgnoreCase(format)) {
            throw ApiProblem.invalidField("format", Text.of("common.format", "xlsx, csv"));
        }
        heavyReports.hit();
        StatisticsForm content = service.form(form, year);
        byte[] body = excel ? StatisticsSheet.xlsx(content) : StatisticsSheet.csv(content).getBytes(StandardCharsets.UTF_8);
        String name = "bieu-" + content.form() + "-" + year + (excel ? ".xlsx" : ".csv");
        return Response.ok(body, excel ? StatisticsSheet.XLSX : "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
