package vn.gov.moj.thidua.campaign;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.security.Authenticated;
import vn.gov.moj.thidua.audit.HistoryEntry;
import vn.gov.moj.thidua.common.input.PlainName;
import vn.gov.moj.thidua.common.paging.Page;
import vn.gov.moj.thidua.common.paging.PageParams;
import vn.gov.moj.thidua.common.security.Roles;
import vn.gov.moj.thidua.common.web.Versions;

@Path("/api/v1/campaigns")
@Tag(name = "Campaigns", description = "Phong trào thi đua — launch, follow-through, interim and final reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CampaignResource {

    @Inject
    CampaignViews views;

    @Inject
    CampaignDrafting drafting;

    @Inject
    CampaignClassifying classifying;

    @Inject
    CampaignLifecycle lifecycle;

    @Inject
    CampaignDocuments documents;

    @Inject
    CampaignReports reports;

    @GET
    @Authenticated
    @Operation(operationId = "listCampaigns", summary = "List campaigns", description = "Drafts are listed only to the secretariat and admins.")
    @APIResponse(responseCode = "200", description = "A page of campaigns")
    public Page<CampaignView> list(
            @RestQuery @Parameter(description = "Accent-insensitive text in title or slogan", example = "ve dich som") String q,
            @RestQuery CampaignStatus status,
            @RestQuery CampaignType type,
            @RestQuery CampaignScope scope,
            @RestQuery UUID periodId,
            @RestQuery @Parameter(description = "Only campaigns delivered to this unit") UUID targetUnitId,
            @Valid @BeanParam PageParams paging) {
        return views.list(q, status, type, scope, periodId, targetUnitId, paging);
    }

    @GET
    @Path("/inbox")
    @Authenticated
    @Operation(operationId = "campaignInbox", summary = "Campaigns delivered to the caller's unit")
    @APIResponse(responseCode = "200", description = "A page of launched campaigns targeting your unit")
    public Page<CampaignView> inbox(@RestQuery CampaignStatus status, @Valid @BeanParam PageParams paging) {
        return views.inbox(status, paging);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getCampaign", summary = "Read a campaign with its target units, targets and documents")
    @APIResponse(responseCode = "200", description = "The campaign", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CampaignDetail.class)))
    public Response get(@RestPath UUID id) {
        CampaignDetail campaign = views.get(id);
        return Response.ok(campaign).tag(Versions.etag(campaign.version())).build();
    }

    @POST
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "createCampaign", summary = "Create a draft campaign")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CampaignDetail.class)))
    public Response create(@Valid @NotNull CampaignRequest body) {
        CampaignDetail campaign = drafting.create(body);
        return Response.created(URI.create("/api/v1/campaigns/" + campaign.id())).tag(Versions.etag(campaign.version())).entity(campaign).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "updateCampaign", summary = "Replace a draft campaign")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = CampaignDetail.class)))
    public Response update(@RestPath UUID id,
            @RestHeader("If-Match") @Parameter(description = "The ETag from your last read", required = true) String ifMatch,
            @Valid @NotNull CampaignRequest body) {
        CampaignDetail campaign = drafting.update(id, ifMatch, body);
        return Response.ok(campaign).tag(Versions.etag(campaign.version())).build();
    }

    @PUT
    @Path("/{id}/classification")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "classifyCampaign", summary = "Record a campaign's launch level and organising scope for Biểu 0601.N, in any state; audited")
    @APIResponse(responseCode = "200", description = "The campaign", content = @Content(schema = @Schema(implementation = CampaignDetail.class)))
    @APIResponse(responseCode = "404", description = "No such campaign",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response classify(@RestPath UUID id, @NotNull CampaignClassifying.ClassificationRequest body) {
        CampaignDetail campaign = classifying.classify(id, body);
        return Response.ok(campaign).tag(Versions.etag(campaign.version())).build();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Path("/{id}/launch")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "launchCampaign", summary = "Launch: DRAFT → LAUNCHED; delivers the campaign to every target unit's inbox")
    @APIResponse(responseCode = "200", description = "Launched", content = @Content(schema = @Schema(implementation = CampaignDetail.class)))
    public Response launch(@RestPath UUID id) {
        return acted(lifecycle.act(id, CampaignAction.LAUNCH));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Path("/{id}/start")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "startCampaign", summary = "Start: LAUNCHED → IN_PROGRESS; interim reports are collected")
    @APIResponse(responseCode = "200", description = "In progress", content = @Content(schema = @Schema(implementation = CampaignDetail.class)))
    public Response start(@RestPath UUID id) {
        return acted(lifecycle.act(id, CampaignAction.START));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Path("/{id}/final-review")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "finalReviewCampaign", summary = "Final review: IN_PROGRESS → FINAL_REVIEW; registrations close, final reports are collected")
    @APIResponse(responseCode = "200", description = "In final review", content = @Content(schema = @Schema(implementation = CampaignDetail.class)))
    public Response finalReview(@RestPath UUID id) {
        return acted(lifecycle.act(id, CampaignAction.FINAL_REVIEW));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Path("/{id}/close")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "closeCampaign", summary = "Close: FINAL_REVIEW → CLOSED")
    @APIResponse(responseCode = "200", description = "Closed", content = @Content(schema = @Schema(implementation = CampaignDetail.class)))
    public Response close(@RestPath UUID id) {
        return acted(lifecycle.act(id, CampaignAction.CLOSE));
    }

    @GET
    @Path("/{id}/history")
    @Authenticated
    @Operation(operationId = "getCampaignHistory", summary = "Who changed the campaign, and when")
    @APIResponse(responseCode = "200", description = "The history, oldest first")
    public List<HistoryEntry> history(@RestPath UUID id) {
        return views.history(id);
    }

    @GET
    @Path("/{id}/participation")
    @Authenticated
    @Operation(operationId = "getCampaignParticipation", summary = "Registered, reported and overdue target units",
            description = "For the secretariat and sector-wide readers.")
    @APIResponse(responseCode = "200", description = "The participation view",
            content = @Content(schema = @Schema(implementation = ParticipationView.class)))
    public ParticipationView participation(@RestPath UUID id) {
        return reports.participation(id);
    }

    @GET
    @Path("/{id}/reports")
    @Authenticated
    @Operation(operationId = "listCampaignReports", summary = "Interim and final reports (your unit's, or all for sector-wide readers)")
    @APIResponse(responseCode = "200", description = "The reports")
    public List<ReportView> reports(@RestPath UUID id) {
        return reports.reports(id);
    }

    @POST
    @Path("/{id}/reports")
    @RolesAllowed({ Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(operationId = "submitCampaignReport", summary = "Send your unit's interim or final report")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = ReportView.class)))
    public Response submitReport(@RestPath UUID id, @Valid @NotNull ReportRequest body) {
        ReportView report = reports.submitReport(id, body);
        return Response.status(201).entity(report).build();
    }

    @GET
    @Path("/{id}/documents")
    @Authenticated
    @Operation(operationId = "listCampaignDocuments", summary = "The campaign's files and links")
    @APIResponse(responseCode = "200", description = "The documents")
    public List<DocumentView> documents(@RestPath UUID id) {
        return documents.documents(id);
    }

    @POST
    @Path("/{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "uploadCampaignDocument", summary = "Attach a file (PDF, Word, Excel, ODT, PNG, JPEG; at most 10 MB)",
            description = "Too large → 413; another type → 415.")
    @APIResponse(responseCode = "201", description = "Attached", content = @Content(schema = @Schema(implementation = DocumentView.class)))
    public Response upload(@RestPath UUID id,
            @RestForm @Schema(description = "Title; defaults to the file name", examples = "Kế hoạch tổ chức phong trào thi đua") @PlainName String title,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary", required = true) FileUpload file) {
        DocumentView doc = documents.upload(id, title, file);
        return Response.status(201).entity(doc).build();
    }

    @POST
    @Path("/{id}/links")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "addCampaignLink", summary = "Attach a document by link")
    @APIResponse(responseCode = "201", description = "Attached", content = @Content(schema = @Schema(implementation = DocumentView.class)))
    public Response addLink(@RestPath UUID id, @Valid @NotNull LinkRequest body) {
        DocumentView doc = documents.addLink(id, body);
        return Response.status(201).entity(doc).build();
    }

    @GET
    @Path("/{id}/documents/{documentId}/content")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Authenticated
    @Operation(operationId = "downloadCampaignDocument", summary = "Download an attached file")
    @APIResponse(responseCode = "200", description = "The file, with its own content type",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@RestPath UUID id, @RestPath UUID documentId) {
        CampaignDocument doc = documents.documentContent(id, documentId);
        String name = doc.fileName == null ? "document" : doc.fileName.replaceAll("[^\\w.\\-]", "_");
        return Response.ok(doc.content, doc.contentType)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @DELETE
    @Consumes(MediaType.WILDCARD)
    @Path("/{id}/documents/{documentId}")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "removeCampaignDocument", summary = "Remove a file or link")
    @APIResponse(responseCode = "204", description = "Removed")
    public void removeDocument(@RestPath UUID id, @RestPath UUID documentId) {
        documents.removeDocument(id, documentId);
    }

    private static Response acted(CampaignDetail campaign) {
        return Response.ok(campaign).tag(Versions.etag(campaign.version())).build();
    }
}
