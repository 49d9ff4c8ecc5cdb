package vn.gov.moj.thidua.nomination;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.security.Authenticated;
import vn.gov.moj.thidua.common.paging.Page;
import vn.gov.moj.thidua.common.paging.PageParams;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.security.Roles;
import vn.gov.moj.thidua.common.signature.SignedDocumentView;

@Path("/api/v1/decisions")
@Tag(name = "Decisions", description = "Quyết định khen thưởng — issuing decides approved dossiers and writes the awards ledger")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DecisionResource {

    @Inject
    DecisionService service;

    @Inject
    Certificates certificates;

    @Inject
    DecisionPapers papers;

    @GET
    @Authenticated
    @Operation(operationId = "listDecisions", summary = "List decisions")
    @APIResponse(responseCode = "200", description = "A page of decisions, latest first")
    public Page<DecisionView> list(@RestQuery @Parameter(description = "ISSUED or REVOKED") String status, @Valid @BeanParam PageParams paging) {
        return service.list(status, paging);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getDecision", summary = "Read a decision with its awardees")
    @APIResponse(responseCode = "200", description = "The decision", content = @Content(schema = @Schema(implementation = DecisionView.class)))
    public DecisionView get(@RestPath UUID id) {
        return service.get(id);
    }

    @POST
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "issueDecision", summary = "Issue a decision: APPROVED dossiers → DECIDED, ledger rows written with reward amounts",
            description = "Amounts are the award type's reward multiple × R-REWARD/baseAmount in force on the decision date. 409 listing any dossier that is not APPROVED.")
    @APIResponse(responseCode = "201", description = "Issued", content = @Content(schema = @Schema(implementation = DecisionView.class)))
    public Response issue(@Valid @NotNull DecisionRequest body) {
        DecisionView d = service.issue(body);
        return Response.created(URI.create("/api/v1/decisions/" + d.id())).entity(d).build();
    }

    @POST
    @Path("/{id}/revoke")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "revokeDecision", summary = "Revoke a decision on stated grounds: every award it granted is marked revoked (never deleted)")
    @APIResponse(responseCode = "200", description = "Revoked", content = @Content(schema = @Schema(implementation = DecisionView.class)))
    public DecisionView revoke(@RestPath UUID id, @Valid @NotNull NominationActions.ReasonRequest body) {
        return service.revoke(id, body.reason());
    }

    @GET
    @Path("/{id}/list")
    @Produces({ DecisionDocuments.PDF, DecisionDocuments.XLSX })
    @Authenticated
    @Operation(operationId = "downloadDecisionList", summary = "The decision's awardee list as PDF or Excel")
    @APIResponse(responseCode = "200", description = "The list", content = {
            @Content(mediaType = DecisionDocuments.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DecisionDocuments.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response list(@RestPath UUID id, @RestQuery @DefaultValue("pdf") @Parameter(description = "pdf or xlsx") String format) {
        boolean excel = "xlsx".equalsIgnoreCase(format);
        if (!excel && !"pdf".equalsIgnoreCase(format)) {
            throw ApiProblem.invalidField("format", Text.of("common.format", "pdf, xlsx"));
        }
        DecisionView d = service.get(id);
        String name = "quyet-dinh-" + d.number().replaceAll("[^\\w\\-]", "_") + (excel ? ".xlsx" : ".pdf");
        return Response.ok(excel ? DecisionDocuments.xlsx(d) : papers.pdfForSigning(id), excel ? DecisionDocuments.XLSX : DecisionDocuments.PDF)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    @GET
    @Path("/{id}/certificates")
    @Produces({ DecisionDocuments.PDF, Certificates.ZIP })
    @RolesAllowed({ Roles.ADMIN, Roles.SECRETARIAT })
    @Operation(operationId = "printDecisionCertificates", summary = "Print every awardee's certificate of a decision: one PDF (a page each) or a ZIP (a file each)",
            description = "Revoked awards are printed marked revoked. format=pdf (default) or zip.")
    @APIResponse(responseCode = "200", description = "The certificates", content = {
            @Content(mediaType = DecisionDocuments.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = Certificates.ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response certificates(@RestPath UUID id, @RestQuery @DefaultValue("pdf") @Parameter(description = "pdf or zip") String format) {
        boolean zip = "zip".equalsIgnoreCase(format);
        if (!zip && !"pdf".equalsIgnoreCase(format)) {
            throw ApiProblem.invalidField("format", Text.of("common.format", "pdf, zip"));
        }
        Certificates.File f = certificates.ofDecision(id, zip);
        return Response.ok(f.content(), zip ? Certificates.ZIP : DecisionDocuments.PDF)
                .header("Content-Disposition", "attachment; filename=\"" + f.name() + "\"").build();
    }

    @POST
    @Path("/{id}/signed-documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "uploadSignedDecision", summary = "Upload the signed copy of the decision's PDF (sign-and-return)",
            description = "Validated with the EU DSS library (PAdES): every signature intact, the last covering the whole file, the signer's "
                    + "certificate chaining to the configured trust list and valid at signing time; the file's first revision must be byte for byte "
                    + "a PDF ThiĐua produced for this decision (GET …/list?format=pdf), and the signer the decision's signer. Otherwise 422, nothing stored.")
    @APIResponse(responseCode = "201", description = "Accepted; the decision is signed", content = @Content(schema = @Schema(implementation = SignedDocumentView.class)))
    @APIResponse(responseCode = "422", description = "Refused: unsigned, altered, untrusted or expired signer, not the produced document, another signer",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response uploadSigned(@RestPath UUID id,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary", required = true) FileUpload file) {
        return Response.status(201).entity(papers.uploadSigned(id, file)).build();
    }

    @GET
    @Path("/{id}/signed-documents")
    @Authenticated
    @Operation(operationId = "listSignedDecisionDocuments", summary = "The decision's accepted signed copies: signer, serial, issuer, signing time, verdict")
    @APIResponse(responseCode = "200", description = "Oldest first; empty while the decision is not signed")
    public java.util.List<SignedDocumentView> signedCopies(@RestPath UUID id) {
        return papers.signedCopies(id);
    }
}
