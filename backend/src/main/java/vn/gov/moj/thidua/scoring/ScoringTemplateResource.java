package vn.gov.moj.thidua.scoring;

import java.net.URI;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.security.Authenticated;
import vn.gov.moj.thidua.common.paging.Page;
import vn.gov.moj.thidua.common.paging.PageParams;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.common.security.RateLimiter;
import vn.gov.moj.thidua.common.security.Roles;
import vn.gov.moj.thidua.common.web.UploadedFiles;
import vn.gov.moj.thidua.common.web.Versions;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import vn.gov.moj.thidua.common.problem.ProblemTexts;

@Path("/api/v1/scoring-templates")
@Tag(name = "Scoring templates", description = "Bảng tiêu chí chấm điểm thi đua — yearly criteria tables per target group")
@Produces(MediaType.APPLICATION_JSON)
public class ScoringTemplateResource {

    @Inject
    ScoringTemplateService service;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    CurrentUser caller;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "thidua.rate-limit.imports-per-minute", defaultValue = "10")
    int perMinute;

    @GET
    @Authenticated
    @Operation(operationId = "listScoringTemplates", summary = "List scoring templates")
    @APIResponse(responseCode = "200", description = "A page of templates")
    public Page<ScoringTemplateView> list(@RestQuery UUID periodId, @RestQuery TargetGroup targetGroup,
            @RestQuery TemplateStatus status, @Valid @BeanParam PageParams paging) {
        return service.list(periodId, targetGroup, status, paging);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getScoringTemplate", summary = "Read a template with its sections and criteria")
    @APIResponse(responseCode = "200", description = "The template", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ScoringTemplateDetail.class)))
    public Response get(@RestPath UUID id) {
        ScoringTemplateDetail template = service.get(id);
        return Response.ok(template).tag(Versions.etag(template.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/validate")
    @RolesAllowed({ Roles.SECRETARIAT, Roles.ADMIN })
    @Operation(operationId = "validateScoringTemplate", summary = "Check a template draft without saving it (every fault at once)")
    @APIResponse(responseCode = "200", description = "The faults, empty when valid")
    public TemplateValidation validate(@Valid @NotNull ScoringTemplateRequest body, @Context HttpHeaders headers) {
        return service.validate(body, ProblemTexts.languageOf(headers.getAcceptableLanguages()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SECRETARIAT, Roles.ADMIN })
    @Operation(operationId = "createScoringTemplate", summary = "Create a draft template (refused with every fault listed when inconsistent)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ScoringTemplateDetail.class)))
    public Response create(@Valid @NotNull ScoringTemplateRequest body) {
        ScoringTemplateDetail template = service.create(body);
        return created(template);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}")
    @RolesAllowed({ Roles.SECRETARIAT, Roles.ADMIN })
    @Operation(operationId = "updateScoringTemplate", summary = "Replace a draft template (a published one is frozen: 409)")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = ScoringTemplateDetail.class)))
    public Response update(@RestPath UUID id,
            @RestHeader("If-Match") @Parameter(description = "The ETag from your last read", required = true) String ifMatch,
            @Valid @NotNull ScoringTemplateRequest body) {
        ScoringTemplateDetail template = service.update(id, ifMatch, body);
        return Response.ok(template).tag(Versions.etag(template.version())).build();
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed({ Roles.SECRETARIAT, Roles.ADMIN })
    @Operation(operationId = "publishScoringTemplate", summary = "Publish a draft; it supersedes the one in force and is frozen from now on")
    @APIResponse(responseCode = "200", description = "Published", content = @Content(schema = @Schema(implementation = ScoringTemplateDetail.class)))
    public Response publish(@RestPath UUID id) {
        ScoringTemplateDetail template = service.publish(id);
        return Response.ok(template).tag(Versions.etag(template.version())).build();
    }

    @POST
    @Path("/{id}/new-version")
    @RolesAllowed({ Roles.SECRETARIAT, Roles.ADMIN })
    @Operation(operationId = "newScoringTemplateVersion", summary = "Start a new draft version of a template")
    @APIResponse(responseCode = "201", description = "The new draft", content = @Content(schema = @Schema(implementation = ScoringTemplateDetail.class)))
    public Response newVersion(@RestPath UUID id) {
        return created(service.newVersion(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/copy")
    @RolesAllowed({ Roles.SECRETARIAT, Roles.ADMIN })
    @Operation(operationId = "copyScoringTemplate", summary = "Copy a template (e.g. last period's) into a period as a draft")
    @APIResponse(responseCode = "201", description = "The copy", content = @Content(schema = @Schema(implementation = ScoringTemplateDetail.class)))
    public Response copy(@RestPath UUID id, @Valid @NotNull CopyTemplateRequest body) {
        return created(service.copyTo(id, body));
    }

    @GET
    @Path("/{id}/export")
    @Authenticated
    @Produces(TemplateWorkbook.MEDIA_TYPE)
    @Operation(operationId = "exportScoringTemplate", summary = "The template as an Excel workbook (edit offline, then import)")
    @APIResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = TemplateWorkbook.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@RestPath UUID id) {
        return Response.ok(service.exportWorkbook(id))
                .header("Content-Disposition", "attachment; filename=\"bang-tieu-chi-" + id + ".xlsx\"").build();
    }

    @POST
    @Path("/import")
    @RolesAllowed({ Roles.SECRETARIAT, Roles.ADMIN })
    @Consumes({ TemplateWorkbook.MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM })
    @Operation(operationId = "importScoringTemplate", summary = "Create a draft template from an Excel workbook in the export layout")
    @APIResponse(responseCode = "201", description = "The new draft", content = @Content(schema = @Schema(implementation = ScoringTemplateDetail.class)))
    @APIResponse(responseCode = "413", description = "Too large: the body, or the workbook once inflated (a part's size, the compression ratio, the number of parts or rows; thidua.imports.*); nothing stored",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "429", description = "Rate limit reached for your account (counted across all instances); retry after Retry-After seconds",
            headers = @org.eclipse.microprofile.openapi.annotations.headers.Header(name = "Retry-After", description = "Seconds until the window ends",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response importWorkbook(@RestQuery @NotNull @Parameter(required = true) UUID periodId,
            @RequestBody(required = true, content = @Content(mediaType = TemplateWorkbook.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))) java.io.InputStream body) {
        rateLimiter.hit("import:" + caller.username(), perMinute, 60);
        byte[] workbook;
        try {
            workbook = body.readAllBytes(); // at most quarkus.http.limits.max-body-size
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Could not read the uploaded workbook", e);
        }
        UploadedFiles.requireContentMatches(TemplateWorkbook.MEDIA_TYPE, java.util.Arrays.copyOf(workbook, Math.min(workbook.length, 8)));
        return created(service.importWorkbook(workbook, periodId));
    }

    private static Response created(ScoringTemplateDetail template) {
        return Response.created(URI.create("/api/v1/scoring-templates/" + template.id())).tag(Versions.etag(template.version()))
                .entity(template).build();
    }
}
