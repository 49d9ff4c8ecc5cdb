package vn.gov.moj.thidua.scoring;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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

@Path("/api/v1/score-sheets")
@Tag(name = "Score sheets", description = "Bảng chấm điểm thi đua — a unit's self-score, certification and cluster verification")
@Produces(MediaType.APPLICATION_JSON)
public class ScoreSheetResource {

    static final String ETAG_DOC = "The ETag from your last read";

    @Inject
    ScoreSheetService service;

    @Inject
    ScoreEntries entries;

    @GET
    @Authenticated
    @Operation(operationId = "listScoreSheets", summary = "List the score sheets the caller may see (other units' drafts are never listed)")
    @APIResponse(responseCode = "200", description = "A page of score sheets")
    public Page<ScoreSheetView> list(@RestQuery UUID clusterId, @RestQuery UUID unitId, @RestQuery ScoreSheetStatus status,
            @Valid @BeanParam PageParams paging) {
        return service.list(clusterId, unitId, status, paging);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getScoreSheet", summary = "Read a score sheet with its criteria, scores and the caller's allowed actions")
    @APIResponse(responseCode = "200", description = "The sheet", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ScoreSheetDetail.class)))
    public Response get(@RestPath UUID id) {
        return ok(service.get(id));
    }

    @GET
    @Path("/{id}/history")
    @Authenticated
    @Operation(operationId = "getScoreSheetHistory", summary = "Who changed the sheet, when and why")
    @APIResponse(responseCode = "200", description = "The history, oldest first")
    public List<HistoryEntry> history(@RestPath UUID id) {
        return service.history(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.UNIT_OFFICER, Roles.UNIT_HEAD, Roles.SECRETARIAT, Roles.ADMIN })
    @Operation(operationId = "openScoreSheet", summary = "Open a unit's score sheet in a cluster, against the template in force")
    @APIResponse(responseCode = "201", description = "Opened", content = @Content(schema = @Schema(implementation = ScoreSheetDetail.class)))
    public Response open(@Valid @NotNull ScoreSheetRequest body) {
        ScoreSheetDetail sheet = service.open(body);
        return Response.created(URI.create("/api/v1/score-sheets/" + sheet.id())).tag(Versions.etag(sheet.version())).entity(sheet).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/self-scores")
    @RolesAllowed({ Roles.UNIT_OFFICER, Roles.UNIT_HEAD })
    @Operation(operationId = "saveSelfScores", summary = "Enter measured inputs, notes and evidence for some criteria; the server computes the points")
    @APIResponse(responseCode = "200", description = "The sheet", content = @Content(schema = @Schema(implementation = ScoreSheetDetail.class)))
    public Response selfScore(@RestPath UUID id,
            @RestHeader("If-Match") @Parameter(description = ETAG_DOC, required = true) String ifMatch,
            @Valid @NotNull SelfScoreRequest body) {
        return ok(entries.selfScore(id, ifMatch, body));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/verification")
    @RolesAllowed(Roles.CLUSTER_LEAD)
    @Operation(operationId = "saveVerification", summary = "Record verified inputs for some criteria; a difference from the self-score needs a reason")
    @APIResponse(responseCode = "200", description = "The sheet", content = @Content(schema = @Schema(implementation = ScoreSheetDetail.class)))
    public Response review(@RestPath UUID id,
            @RestHeader("If-Match") @Parameter(description = ETAG_DOC, required = true) String ifMatch,
            @Valid @NotNull VerificationRequest body) {
        return ok(entries.review(id, ifMatch, body));
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(Roles.UNIT_HEAD)
    @Operation(operationId = "submitScoreSheet", summary = "The unit head submits the self-scored sheet (every criterion scored)")
    @APIResponse(responseCode = "200", description = "Submitted", content = @Content(schema = @Schema(implementation = ScoreSheetDetail.class)))
    public Response submit(@RestPath UUID id) {
        return ok(service.act(id, SheetAction.SUBMIT, null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/certify")
    @RolesAllowed({ Roles.SECRETARIAT, Roles.ADMIN })
    @Operation(operationId = "certifyScoreSheet", summary = "Record the certification the target group requires (e.g. by the provincial People's Committee)")
    @APIResponse(responseCode = "200", description = "Certified", content = @Content(schema = @Schema(implementation = ScoreSheetDetail.class)))
    public Response certify(@RestPath UUID id, @Valid @NotNull SheetCommentRequest body) {
        return ok(service.act(id, SheetAction.CERTIFY, body.comment().strip()));
    }

    @POST
    @Path("/{id}/verify")
    @RolesAllowed(Roles.CLUSTER_LEAD)
    @Operation(operationId = "verifyScoreSheet", summary = "The cluster lead confirms the verification; unreviewed criteria keep the self-score")
    @APIResponse(responseCode = "200", description = "Verified", content = @Content(schema = @Schema(implementation = ScoreSheetDetail.class)))
    public Response verify(@RestPath UUID id) {
        return ok(service.act(id, SheetAction.VERIFY, null));
    }

    @POST
    @Path("/{id}/lock")
    @RolesAllowed({ Roles.CLUSTER_LEAD, Roles.SECRETARIAT, Roles.ADMIN })
    @Operation(operationId = "lockScoreSheet", summary = "Lock a verified sheet; nothing changes it afterwards")
    @APIResponse(responseCode = "200", description = "Locked", content = @Content(schema = @Schema(implementation = ScoreSheetDetail.class)))
    public Response lock(@RestPath UUID id) {
        return ok(service.act(id, SheetAction.LOCK, null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/return")
    @RolesAllowed({ Roles.CLUSTER_LEAD, Roles.SECRETARIAT, Roles.ADMIN })
    @Operation(operationId = "returnScoreSheet", summary = "Return a sheet under review to its unit with comments")
    @APIResponse(responseCode = "200", description = "Returned", content = @Content(schema = @Schema(implementation = ScoreSheetDetail.class)))
    public Response returnSheet(@RestPath UUID id, @Valid @NotNull SheetCommentRequest body) {
        return ok(service.act(id, SheetAction.RETURN, body.comment().strip()));
    }

    private static Response ok(ScoreSheetDetail sheet) {
        return Response.ok(sheet).tag(Versions.etag(sheet.version())).build();
    }
}
