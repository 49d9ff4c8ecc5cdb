package vn.gov.moj.thidua.nomination;

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

import org.eclipse.microprofile.config.inject.ConfigProperty;
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
import vn.gov.moj.thidua.common.imports.ImportLimits;
import vn.gov.moj.thidua.common.paging.Page;
import vn.gov.moj.thidua.common.paging.PageParams;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.common.security.RateLimiter;
import vn.gov.moj.thidua.common.security.Roles;
import vn.gov.moj.thidua.common.web.Versions;

@Path("/api/v1/nominations")
@Tag(name = "Nominations", description = "Hồ sơ đề nghị khen thưởng — dossiers, eligibility, appraisal, council, public comment")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NominationResource {

    @Inject
    RateLimiter rateLimiter;

    @Inject
    ImportLimits importLimits;

    @Inject
    CurrentUser caller;

    @ConfigProperty(name = "thidua.rate-limit.imports-per-minute", defaultValue = "10")
    int importsPerMinute;

    @Inject
    DossierQueries queries;

    @Inject
    DossierDrafting drafting;

    @Inject
    DossierImport imports;

    @Inject
    DossierWorkflow workflow;

    @Inject
    PublicComments publicComments;

    @Inject
    CouncilReview council;

    @Inject
    DossierDocuments documents;

    @GET
    @Authenticated
    @Operation(operationId = "listNominations", summary = "List the dossiers visible to you",
            description = "Units see their own; the secretariat all; council members those on the agenda and later; viewers decided ones; everyone those open for public comment.")
    @APIResponse(responseCode = "200", description = "A page of dossiers")
    public Page<NominationView> list(@RestQuery NominationStatus status, @RestQuery @Parameter(description = "The proposing unit") UUID unitId,
            @RestQuery UUID periodId, @RestQuery UUID awardTypeId, @RestQuery UUID personId, @RestQuery UUID nomineeUnitId,
            @Valid @BeanParam PageParams paging) {
        return queries.list(status, unitId, periodId, awardTypeId, personId, nomineeUnitId, paging);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getNomination", summary = "Read a dossier")
    @APIResponse(responseCode = "200", description = "The dossier", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = NominationView.class)))
    public Response get(@RestPath UUID id) {
        return ok(queries.get(id));
    }

    @POST
    @RolesAllowed({ Roles.UNIT_OFFICER, Roles.UNIT_HEAD })
    @Operation(operationId = "createNomination", summary = "Draft a dossier for your unit",
            description = "The nominee must match the award type's subject (422 naming the field) and belong to your unit.")
    @APIResponse(responseCode = "201", description = "Drafted", content = @Content(schema = @Schema(implementation = NominationView.class)))
    @APIResponse(responseCode = "422", description = "The nominee does not fit the award type or your unit",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response create(@Valid @NotNull NominationRequest body) {
        NominationView n = drafting.create(body);
        return Response.created(URI.create("/api/v1/nominations/" + n.id())).tag(Versions.etag(n.version())).entity(n).build();
    }

    @POST
    @Path("/imports")
    @Consumes({ "text/csv", AwardImport.XLSX })
    @RolesAllowed({ Roles.UNIT_OFFICER, Roles.UNIT_HEAD })
    @Operation(operationId = "importNominations", summary = "Draft dossiers for your unit from a list of nominees (CSV or Excel), all or nothing",
            description = "Columns (first row): awardType (catalog code), period (label, e.g. 2025), personId or nomineeUnitId, achievements. "
                    + "Each row is checked like a single draft; any bad row rejects the whole file with 422 listing every error as rows[N].column.")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                    example = "awardType,period,personId,nomineeUnitId,achievements\nLDTT,2025,00000000-0000-4000-8000-000000007001,,Hoàn thành tốt nhiệm vụ"),
            @Content(mediaType = AwardImport.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "200", description = "Drafted, one dossier per row",
            content = @Content(schema = @Schema(implementation = DossierImport.ImportResult.class)))
    @APIResponse(responseCode = "422", description = "Nothing drafted: every bad row and column listed in errors",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "413", description = "Too large: the body, or the workbook once inflated (a part's size, the compression ratio, the number of parts or rows; thidua.imports.*); nothing stored",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "429", description = "Rate limit reached for your account (counted across all instances); retry after Retry-After seconds",
            headers = @Header(name = "Retry-After", description = "Seconds until the window ends", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public DossierImport.ImportResult importNominations(@RestHeader("Content-Type") String contentType, byte[] body) {
        rateLimiter.hit("import:" + caller.username(), importsPerMinute, 60);
        return imports.importRows(NominationImport.parse(AwardImport.readUpload(contentType, body, importLimits)));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.UNIT_OFFICER, Roles.UNIT_HEAD })
    @Operation(operationId = "updateNomination", summary = "Replace a draft or returned dossier of your unit")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = NominationView.class)))
    @APIResponse(responseCode = "422", description = "The nominee does not fit the award type or your unit",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response update(@RestPath UUID id,
            @RestHeader("If-Match") @Parameter(description = "The ETag from your last read", required = true) String ifMatch,
            @Valid @NotNull NominationRequest body) {
        return ok(drafting.update(id, ifMatch, body));
    }

    @GET
    @Path("/{id}/eligibility")
    @Authenticated
    @Operation(operationId = "getNominationEligibility", summary = "Run every rule of the award type on the records now",
            description = "Rule parameters are those in force on the period's last day. 409 when the dossier cites an election but no voting results are available.")
    @APIResponse(responseCode = "200", description = "Each rule's verdict, explanation and legal source, and the overall verdict",
            content = @Content(schema = @Schema(implementation = EligibilityReportView.class)))
    public EligibilityReportView eligibility(@RestPath UUID id) {
        return queries.eligibility(id);
    }

    @GET
    @Path("/{id}/history")
    @Authenticated
    @Operation(operationId = "getNominationHistory", summary = "Who changed the dossier, when and why")
    @APIResponse(responseCode = "200", description = "The history, oldest first")
    public List<HistoryEntry> history(@RestPath UUID id) {
        return queries.history(id);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Path("/{id}/submit")
    @RolesAllowed(Roles.UNIT_HEAD)
    @Operation(operationId = "submitNomination", summary = "Submit: DRAFT | RETURNED → SUBMITTED (the head of the proposing unit)",
            description = "A failing eligibility rule blocks (409 listing the rules in errors) unless the secretariat overrode it.")
    @APIResponse(responseCode = "200", description = "Submitted", content = @Content(schema = @Schema(implementation = NominationView.class)))
    public Response submit(@RestPath UUID id) {
        return ok(workflow.submit(id));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Path("/{id}/receive")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "receiveNomination", summary = "Receive: SUBMITTED → RECEIVED")
    @APIResponse(responseCode = "200", description = "Received", content = @Content(schema = @Schema(implementation = NominationView.class)))
    public Response receive(@RestPath UUID id) {
        return ok(workflow.receive(id));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Path("/{id}/appraise")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "appraiseNomination", summary = "Appraise: RECEIVED | APPRAISING → APPRAISING; runs and stores the eligibility report")
    @APIResponse(responseCode = "200", description = "Appraising", content = @Content(schema = @Schema(implementation = NominationView.class)))
    public Response appraise(@RestPath UUID id) {
        return ok(workflow.appraise(id));
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "returnNomination", summary = "Return to the unit with a reason: SUBMITTED | RECEIVED | APPRAISING → RETURNED; the unit is notified")
    @APIResponse(responseCode = "200", description = "Returned", content = @Content(schema = @Schema(implementation = NominationView.class)))
    public Response returnToUnit(@RestPath UUID id, @Valid @NotNull NominationActions.ReasonRequest body) {
        return ok(workflow.returnToUnit(id, body.reason()));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Path("/{id}/put-on-agenda")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "putNominationOnAgenda", summary = "Put on the council's agenda: APPRAISING → ON_AGENDA",
            description = "A failing rule blocks (409 listing them) unless overridden.")
    @APIResponse(responseCode = "200", description = "On the agenda", content = @Content(schema = @Schema(implementation = NominationView.class)))
    public Response putOnAgenda(@RestPath UUID id) {
        return ok(workflow.putOnAgenda(id));
    }

    @POST
    @Path("/{id}/open-public-comment")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "openNominationPublicComment", summary = "Publish a state-level dossier for comments: ON_AGENDA → PUBLIC_COMMENT")
    @APIResponse(responseCode = "200", description = "Open for comments", content = @Content(schema = @Schema(implementation = NominationView.class)))
    public Response openPublicComment(@RestPath UUID id, @Valid @NotNull NominationActions.PublicCommentRequest body) {
        return ok(publicComments.open(id, body.closingDate()));
    }

    @GET
    @Path("/{id}/comments")
    @Authenticated
    @Operation(operationId = "listNominationComments", summary = "Comments received during public comment")
    @APIResponse(responseCode = "200", description = "The comments, oldest first")
    public List<NominationActions.CommentView> comments(@RestPath UUID id) {
        return publicComments.comments(id);
    }

    @POST
    @Path("/{id}/comments")
    @RolesAllowed({ Roles.SECRETARIAT, Roles.COUNCIL_MEMBER, Roles.CLUSTER_LEAD, Roles.UNIT_HEAD, Roles.UNIT_OFFICER })
    @Operation(operationId = "commentOnNomination", summary = "Comment on a dossier open for public comment, until its closing date",
            description = "The sector's people comment: secretariat, council members, cluster leads, unit heads and officers. "
                    + "Viewers, the integration account and administrators only read (403). 409 outside PUBLIC_COMMENT or after the closing date.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = NominationActions.CommentView.class)))
    public Response comment(@RestPath UUID id, @Valid @NotNull NominationActions.CommentRequest body) {
        return Response.status(201).entity(publicComments.comment(id, body.text())).build();
    }

    @POST
    @Path("/{id}/council-vote")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "recordNominationCouncilVote", summary = "Apply a published council review: ON_AGENDA | PUBLIC_COMMENT → COUNCIL_VOTED → APPROVED | REJECTED",
            description = "The session must be a COUNCIL_REVIEW listing this dossier as a NOMINATION candidate. 409 when voting results are not available.")
    @APIResponse(responseCode = "200", description = "Approved or rejected", content = @Content(schema = @Schema(implementation = NominationView.class)))
    public Response councilVote(@RestPath UUID id, @Valid @NotNull NominationActions.CouncilVoteRequest body) {
        return ok(council.councilVote(id, body.sessionId()));
    }

    @POST
    @Path("/{id}/council-result")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "recordNominationCouncilResult", summary = "Enter a paper council vote from its minutes: ON_AGENDA | PUBLIC_COMMENT → COUNCIL_VOTED → APPROVED | REJECTED",
            description = "The council threshold in force (R-COUNCIL-VOTE/threshold, of all members) decides.")
    @APIResponse(responseCode = "200", description = "Approved or rejected", content = @Content(schema = @Schema(implementation = NominationView.class)))
    public Response councilResult(@RestPath UUID id, @Valid @NotNull NominationActions.CouncilResultRequest body) {
        return ok(council.councilResult(id, body));
    }

    @POST
    @Path("/{id}/override-eligibility")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "overrideNominationEligibility", summary = "Let a dossier with failing rules go on, with a reason (audited)")
    @APIResponse(responseCode = "200", description = "Overridden", content = @Content(schema = @Schema(implementation = NominationView.class)))
    public Response overrideEligibility(@RestPath UUID id, @Valid @NotNull NominationActions.ReasonRequest body) {
        return ok(workflow.overrideEligibility(id, body.reason()));
    }

    @GET
    @Path("/{id}/documents")
    @Authenticated
    @Operation(operationId = "listNominationDocuments", summary = "The dossier's files")
    @APIResponse(responseCode = "200", description = "The files")
    public List<NominationDocumentView> documents(@RestPath UUID id) {
        return documents.documents(id);
    }

    @POST
    @Path("/{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ Roles.UNIT_OFFICER, Roles.UNIT_HEAD })
    @Operation(operationId = "uploadNominationDocument", summary = "Attach a file to a draft or returned dossier (PDF, Word, Excel, ODT, PNG, JPEG; at most 10 MB)",
            description = "Too large → 413; another type → 415. The SHA-256 of the content is stored and returned.")
    @APIResponse(responseCode = "201", description = "Attached", content = @Content(schema = @Schema(implementation = NominationDocumentView.class)))
    @APIResponse(responseCode = "413", description = "The file is too large",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response upload(@RestPath UUID id,
            @RestForm @Schema(required = true, examples = "TO_TRINH") DocumentKind kind,
            @RestForm @Schema(description = "Title; defaults to the file name", examples = "Tờ trình đề nghị") @PlainName String title,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary", required = true) FileUpload file) {
        return Response.status(201).entity(documents.upload(id, kind, title, file)).build();
    }

    @GET
    @Path("/{id}/documents/{documentId}/content")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Authenticated
    @Operation(operationId = "downloadNominationDocument", summary = "Download a file of the dossier")
    @APIResponse(responseCode = "200", description = "The file, with its own content type and its SHA-256 in a header",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@RestPath UUID id, @RestPath UUID documentId) {
        NominationDocument doc = documents.documentContent(id, documentId);
        return Response.ok(doc.content, doc.contentType)
                .header("Content-Disposition", "attachment; filename=\"" + doc.fileName.replaceAll("[^\\w.\\-]", "_") + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Checksum-SHA256", doc.sha256)
                .build();
    }

    @DELETE
    @Consumes(MediaType.WILDCARD)
    @Path("/{id}/documents/{documentId}")
    @RolesAllowed({ Roles.UNIT_OFFICER, Roles.UNIT_HEAD })
    @Operation(operationId = "removeNominationDocument", summary = "Remove a file from a draft or returned dossier")
    @APIResponse(responseCode = "204", description = "Removed")
    public void removeDocument(@RestPath UUID id, @RestPath UUID documentId) {
        documents.removeDocument(id, documentId);
    }

    private static Response ok(NominationView n) {
        return Response.ok(n).tag(Versions.etag(n.version())).build();
    }
}
