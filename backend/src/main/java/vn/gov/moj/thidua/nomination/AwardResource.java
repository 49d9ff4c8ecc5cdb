package vn.gov.moj.thidua.nomination;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.security.Authenticated;
import vn.gov.moj.thidua.common.imports.ImportLimits;
import vn.gov.moj.thidua.common.paging.Page;
import vn.gov.moj.thidua.common.paging.PageParams;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.common.security.RateLimiter;
import vn.gov.moj.thidua.common.security.Roles;

@Path("/api/v1/awards")
@Tag(name = "Awards ledger", description = "Sổ khen thưởng — every title and award granted, decided here or imported from history")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AwardResource {

    @Inject
    AwardLedger ledger;

    @Inject
    AwardClassification classification;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    ImportLimits importLimits;

    @Inject
    Certificates certificates;

    @Inject
    CurrentUser caller;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "thidua.rate-limit.imports-per-minute", defaultValue = "10")
    int perMinute;

    @GET
    @Authenticated
    @Operation(operationId = "listAwards", summary = "The ledger: a person's or a unit's history",
            description = "unitId includes the awards of every unit merged into it (its predecessors). Revoked rows only with includeRevoked=true.")
    @APIResponse(responseCode = "200", description = "A page of ledger rows, latest year first")
    public Page<AwardView> list(@RestQuery @Parameter(description = "A person's awards") UUID personId,
            @RestQuery @Parameter(description = "A unit's awards, following its predecessors through mergers") UUID unitId,
            @RestQuery UUID awardTypeId, @RestQuery @Min(1945) @Max(2100) Integer year, @RestQuery UUID decisionId,
            @RestQuery @DefaultValue("false") boolean includeRevoked, @Valid @BeanParam PageParams paging) {
        return ledger.list(personId, unitId, awardTypeId, year, decisionId, includeRevoked, paging);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getAward", summary = "Read a ledger row")
    @APIResponse(responseCode = "200", description = "The row", content = @Content(schema = @Schema(implementation = AwardView.class)))
    public AwardView get(@RestPath UUID id) {
        return ledger.get(id);
    }

    @GET
    @Path("/{id}/certificate")
    @Produces(DecisionDocuments.PDF)
    @RolesAllowed({ Roles.ADMIN, Roles.SECRETARIAT, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(operationId = "printAwardCertificate", summary = "Print (or reprint) one award's certificate: Bằng khen, Giấy khen or Giấy chứng nhận",
            description = "The form follows the award type (a title → Giấy chứng nhận; a unit's form → Giấy khen; a ministry's or higher → Bằng khen). "
                    + "A revoked award's certificate is marked revoked. Secretariat and admin print any; a unit's head or officer only their own unit's awards (403).")
    @APIResponse(responseCode = "200", description = "The certificate", content = @Content(mediaType = DecisionDocuments.PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public jakarta.ws.rs.core.Response certificate(@RestPath UUID id) {
        Certificates.File f = certificates.ofAward(id);
        return jakarta.ws.rs.core.Response.ok(f.content(), DecisionDocuments.PDF)
                .header("Content-Disposition", "attachment; filename=\"" + f.name() + "\"").build();
    }

    @POST
    @Path("/imports")
    @Consumes({ "text/csv", AwardImport.XLSX })
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "importAwards", summary = "Import history from CSV or Excel, all or nothing",
            description = "Columns (first row): awardType (catalog code), personId or unitId, year, decisionNumber, decisionDate (yyyy-MM-dd or dd/MM/yyyy), decidedBy. "
                    + "Any bad row rejects the whole file with 422 listing every error as rows[N].column.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                    example = "awardType,personId,unitId,year,decisionNumber,decisionDate,decidedBy\nCSTDCS,00000000-0000-4000-8000-000000007002,,2023,20/QĐ-STP,2024-01-15,Giám đốc Sở Tư pháp"),
            @Content(mediaType = AwardImport.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "200", description = "Imported", content = @Content(schema = @Schema(implementation = AwardLedger.ImportResult.class)))
    @APIResponse(responseCode = "422", description = "Nothing imported: every bad row and column listed in errors",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "413", description = "Too large: the body, or the workbook once inflated (a part's size, the compression ratio, the number of parts or rows; thidua.imports.*); nothing stored",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "429", description = "Rate limit reached for your account (counted across all instances); retry after Retry-After seconds",
            headers = @org.eclipse.microprofile.openapi.annotations.headers.Header(name = "Retry-After", description = "Seconds until the window ends",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public AwardLedger.ImportResult importAwards(@RestHeader("Content-Type") String contentType, byte[] body) {
        rateLimiter.hit("import:" + caller.username(), perMinute, 60);
        return ledger.importRows(AwardImport.parse(AwardImport.readUpload(contentType, body, importLimits)));
    }

    @POST
    @Path("/{id}/revoke")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "revokeAward", summary = "Revoke one award on stated grounds (R-REVOKE); the row is marked, never deleted")
    @APIResponse(responseCode = "200", description = "Revoked", content = @Content(schema = @Schema(implementation = AwardView.class)))
    public AwardView revoke(@RestPath UUID id, @Valid @NotNull NominationActions.ReasonRequest body) {
        return ledger.revoke(id, body.reason());
    }

    @PUT
    @Path("/{id}/method")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "setAwardMethod", summary = "Record the award method (phương thức khen thưởng) of a ledger row for the statistics forms; audited")
    @APIResponse(responseCode = "200", description = "The award", content = @Content(schema = @Schema(implementation = AwardView.class)))
    @APIResponse(responseCode = "404", description = "No such award",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public AwardView setMethod(@RestPath UUID id, @Valid @NotNull AwardClassification.MethodRequest body) {
        return classification.setMethod(id, body.method());
    }
}
