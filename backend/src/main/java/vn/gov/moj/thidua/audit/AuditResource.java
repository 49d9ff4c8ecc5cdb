package vn.gov.moj.thidua.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import vn.gov.moj.thidua.common.paging.Page;
import vn.gov.moj.thidua.common.paging.PageParams;
import vn.gov.moj.thidua.common.security.Roles;

@Path("/api/v1/audit-events")
@Tag(name = "Audit", description = "Nhật ký — the append-only, hash-chained record of every change")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditService service;

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
}
