package vn.gov.moj.thidua.nomination;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.common.problem.ApiProblem;

/** Records the award method of a ledger row, so an officer can fix what the statistics forms list as unclassified; audited. */
@ApplicationScoped
public class AwardClassification {

    @Schema(name = "AwardMethodRequest")
    public record MethodRequest(@NotNull @Schema(required = true) AwardMethod method) {
    }

    @Inject
    AwardRepository awards;

    @Inject
    AwardLedger ledger;

    @Inject
    AuditTrail audit;

    @Transactional
    public AwardView setMethod(UUID id, AwardMethod method) {
        Award a = awards.findById(id);
        if (a == null) {
            throw ApiProblem.notFound("Award", id);
        }
        String previous = a.method == null ? "" : a.method.name();
        a.method = method;
        awards.flush();
        audit.record(AwardLedger.ENTITY, a.id, "classify", Map.of("method", method.name(), "previousMethod", previous));
        return ledger.get(id);
    }
}
