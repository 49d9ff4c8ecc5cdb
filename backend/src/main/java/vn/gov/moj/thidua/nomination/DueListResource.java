package vn.gov.moj.thidua.nomination;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import vn.gov.moj.thidua.common.paging.PageParams;
import vn.gov.moj.thidua.common.security.Roles;

@Path("/api/v1/due-lists")
@Tag(name = "Nominations")
@Produces(MediaType.APPLICATION_JSON)
public class DueListResource {

    @Inject
    DueLists dueLists;

    @GET
    @RolesAllowed({ Roles.SECRETARIAT, Roles.UNIT_OFFICER, Roles.UNIT_HEAD })
    @Operation(operationId = "listDueLists", summary = "Who is due a proposal (đủ điều kiện đề nghị) in a year",
            description = "Computed from the awards ledger and ratings with the eligibility rules: people with CSTĐCS for the required "
                    + "consecutive years (R-CSTD-BO), people with the years for a Bằng khen of the Prime Minister (R-BK-TTG(b)), collectives "
                    + "meeting the TTLĐXS ratios (R-TTLDXS); each row ELIGIBLE or ALMOST with the missing piece. A unit's officer or head "
                    + "sees their unit's subtree (403 for another unit); the secretariat the sector or any unit's subtree. A draft "
                    + "dossier is created with createNomination.")
    public DueList list(@RestQuery @NotNull @Parameter(required = true, example = "2025") Integer year,
            @RestQuery @Parameter(description = "List this unit's subtree (default: the caller's unit; the sector for the secretariat)") UUID unitId,
            @RestQuery DueListKind kind,
            @RestQuery DueListRow.Standing standing,
            @RestQuery @Parameter(description = "Only commune/district-level rows (true) or only the others (false)") Boolean frontline,
            @Valid @BeanParam PageParams paging) {
        return dueLists.list(new DueLists.Query(year, unitId, kind, standing, frontline), paging);
    }
}
