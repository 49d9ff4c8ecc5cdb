package vn.gov.moj.thidua.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.security.CurrentUser;

/** Records a back-dated version of a rule parameter: a past range, with its source and reason, audited; no overlap. */
@ApplicationScoped
public class RulePastVersions {

    @Inject
    RuleParameterRepository parameters;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Transactional
    public RuleParameterView record(UUID id, RulePastVersionRequest request) {
        RuleParameter any = parameters.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Rule parameter", id));
        Text bad = any.valueType.problemWith(request.value());
        if (bad != null) {
            throw ApiProblem.invalidField("value", bad);
        }
        if (request.effectiveTo().isBefore(request.effectiveFrom())) {
            throw ApiProblem.invalidField("effectiveTo", Text.of("catalog.effective-to-before-from", request.effectiveFrom()));
        }
        RuleVersionPolicy.Range range = new RuleVersionPolicy.Range(request.effectiveFrom(), request.effectiveTo());
        LocalDate today = LocalDate.now(clock);
        if (!RuleVersionPolicy.isPast(range, today)) {
            throw ApiProblem.invalidField("effectiveTo", Text.of("catalog.past-version-not-past", today));
        }
        var versions = parameters.versionsOf(any.ruleId, any.key);
        RuleVersionPolicy.overlapping(range, versions.stream().map(v -> new RuleVersionPolicy.Range(v.effectiveFrom, v.effectiveTo)).toList())
                .ifPresent(o -> {
                    throw ApiProblem.conflict(Text.of("catalog.past-version-overlaps", any.ruleId + "/" + any.key, o.from(),
                            o.to() == null ? "—" : o.to()));
                });
        RuleParameter past = RuleParameter.versionOf(any);
        past.value = request.value().strip();
        past.effectiveFrom = request.effectiveFrom();
        past.effectiveTo = request.effectiveTo();
        past.legalInstrument = request.legalInstrument().strip();
        past.legalArticle = request.legalArticle().strip();
        past.verified = request.verified();
        past.note = request.note();
        past.reason = request.reason().strip();
        past.createdBy = user.username();
        parameters.persistAndFlush(past);
        audit.record("RuleParameter", past.id, "record-past", Map.of("value", past.value, "effectiveFrom", past.effectiveFrom.toString(),
                "effectiveTo", past.effectiveTo.toString(), "source", past.legalInstrument + ", " + past.legalArticle, "reason", past.reason));
        return RuleParameterView.of(past);
    }
}
