package vn.gov.moj.thidua.scoring;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.security.Authenticated;
import vn.gov.moj.thidua.common.input.PlainName;
import vn.gov.moj.thidua.common.security.Roles;
import vn.gov.moj.thidua.common.web.Versions;

/** Evidence files of a score sheet: uploaded by the unit for a criterion, downloaded by whoever may read the sheet. */
@Path("/api/v1/score-sheets/{id}/evidence-files")
@Tag(name = "Score sheets")
public class EvidenceFileResource {

    @Inject
    EvidenceFiles evidence;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.UNIT_OFFICER, Roles.UNIT_HEAD })
    @Operation(operationId = "uploadEvidenceFile",
            summary = "Attach a file (scan, PDF, Word, Excel, ODT, PNG, JPEG; at most 10 MB) as evidence of one criterion",
            description = "Same checks as dossier documents: too large → 413; another type, or content that is not of the declared type"
                    + " → 415. The file is listed in the criterion's evidence with its fileId; a later self-score save that leaves it"
                    + " out deletes it.")
    @APIResponse(responseCode = "201", description = "The sheet with the file in the criterion's evidence",
            content = @Content(schema = @Schema(implementation = ScoreSheetDetail.class)))
    public Response upload(@RestPath UUID id,
            @RestHeader("If-Match") @Parameter(description = ScoreSheetResource.ETAG_DOC, required = true) String ifMatch,
            @RestForm @Schema(required = true, examples = "A.2") String criterionCode,
            @RestForm @Schema(description = "Title; defaults to the file name", examples = "Báo cáo kết quả trợ giúp pháp lý 2026") @PlainName String label,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary", required = true) FileUpload file) {
        ScoreSheetDetail sheet = evidence.upload(id, ifMatch, criterionCode, label, file);
        return Response.status(201).tag(Versions.etag(sheet.version())).entity(sheet).build();
    }

    @GET
    @Path("/{fileId}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Authenticated
    @Operation(operationId = "downloadEvidenceFile", summary = "Download an evidence file")
    @APIResponse(responseCode = "200", description = "The file, with its own content type",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@RestPath UUID id, @RestPath UUID fileId) {
        EvidenceFile file = evidence.content(id, fileId);
        String name = file.fileName.replaceAll("[^\\w.\\-]", "_");
        return Response.ok(file.content, file.contentType)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
