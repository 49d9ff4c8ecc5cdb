package vn.gov.moj.thidua.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import vn.gov.moj.thidua.common.paging.Page;
import vn.gov.moj.thidua.common.paging.PageParams;
import vn.gov.moj.thidua.common.problem.ProblemTexts;
import vn.gov.moj.thidua.common.security.Roles;

@Path("/api/v1/audit-events")
@Tag(name = "Audit", description = "Nhật ký — the append-only, hash-chained record of every change")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditService service;

    @Inject
    AuditCheckpoints checkpoints;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.VIEWER })
    @Operation(operationId = "listAuditEvents", summary = "List audit events, newest first")
    @APIResponse(responseCode = "200", description = "A page of audit events")
    public Page<AuditEventView> list(@RestQuery @Parameter(example = "Person") String entityType,
            @RestQuery UUID entityId,
            @RestQuery @Parameter(example = "secretariat") String actor,
            @RestQuery @Parameter(example = "rate") String action,
            @RestQuery @Parameter(description = "From this instant (inclusive)", example = "2026-01-01T00:00:00Z") Instant from,
            @RestQuery @Parameter(description = "Until this instant (exclusive)") Instant to,
            @Valid @BeanParam PageParams paging) {
        return service.list(entityType, entityId, actor, action, from, to, paging);
    }

    @GET
    @Path("/verify")
    @RolesAllowed({ Roles.ADMIN, Roles.VIEWER })
    @Operation(operationId = "verifyAuditChain", summary = "Recompute the hash chain and report the first broken link")
    @APIResponse(responseCode = "200", description = "The verification result (valid or not)")
    public ChainVerification verify() {
        return service.verify();
    }

    @POST
    @Path("/verify")
    @RolesAllowed({ Roles.ADMIN, Roles.VIEWER })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "verifyAuditChainAgainstCheckpoints",
            summary = "Recompute the hash chain and check it against checkpoints kept outside the database",
            description = "Each checkpoint (as downloaded from /checkpoint) must carry this server's signature (else 422). "
                    + "For each, reports whether the event it names still has its hash (INTACT), the tail was rewritten "
                    + "(REWRITTEN) or events were removed (TRUNCATED).")
    @APIResponse(responseCode = "200", description = "The verification result, with one finding per checkpoint")
    public ChainVerification verifyAgainst(@Valid @NotNull CheckpointsToVerify body, @Context HttpHeaders headers) {
        return checkpoints.verify(body.checkpoints(), ProblemTexts.languageOf(headers.getAcceptableLanguages()));
    }

    @GET
    @Path("/checkpoint")
    @RolesAllowed({ Roles.ADMIN, Roles.VIEWER, Roles.INTEGRATION })
    @Operation(operationId = "downloadAuditCheckpoint",
            summary = "A signed checkpoint of the chain's head (newest event id, its hash, the count), as a file to keep outside the database",
            description = "tools/audit-checkpoint/checkpoint.sh fetches one on the operator's schedule (docs/audit.md).")
    @APIResponse(responseCode = "200", description = "The checkpoint file",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditCheckpoint.class)))
    public Response checkpoint() {
        AuditCheckpoint checkpoint = checkpoints.issue();
        String name = "audit-checkpoint-" + checkpoint.createdAt().toString().replace(":", "") + ".json";
        return Response.ok(checkpoint, MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }
}
