package vn.gov.moj.thidua.nomination;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.security.Authenticated;
import vn.gov.moj.thidua.common.security.Roles;

@Path("/api/v1/cluster-quotas")
@Tag(name = "Cluster proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClusterQuotaResource {

    @Inject
    ClusterQuotas quotas;

    @GET
    @Path("/{clusterId}")
    @Authenticated
    @Operation(operationId = "getClusterQuotas", summary = "The cluster's flag quotas (parameter, override, used)")
    public List<ClusterQuotaView> quotas(@RestPath UUID clusterId) {
        return quotas.of(clusterId);
    }

    @PUT
    @Path("/{clusterId}")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "setClusterQuota", summary = "Set or remove the cluster's own flag quota for its period",
            description = "Overrides the dated parameter flagsPerCluster (R-CO-NGANH, R-CO-CP) for this cluster only; audited.")
    public ClusterQuotaView setQuota(@RestPath UUID clusterId, @Valid @NotNull ClusterQuotaRequest body) {
        return quotas.set(clusterId, body);
    }
}
