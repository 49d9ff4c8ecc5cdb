package vn.gov.moj.thidua.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.audit.HistoryEntry;
import vn.gov.moj.thidua.common.paging.ListQuery;
import vn.gov.moj.thidua.common.paging.Page;
import vn.gov.moj.thidua.common.paging.PageParams;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.security.CurrentUser;

/** Rule parameters as dated versions: adding a value never overwrites one, it closes it and appends. */
@ApplicationScoped
public class RuleParameterService {

    static final Map<String, String> SORTABLE = Map.of("ruleId", "ruleId", "key", "key", "effectiveFrom", "effectiveFrom");

    @Inject
    RuleParameterRepository parameters;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    public Page<RuleParameterView> list(LocalDate asOf, String ruleId, String key, Boolean verified, String q, PageParams paging) {
        return new ListQuery()
                .search("searchText", q)
                .where("ruleId = :ruleId", "ruleId", ruleId)
                .where("key = :key", "key", key)
                .where("verified = :verified", "verified", verified)
                .where("effectiveFrom <= :asOf and (effectiveTo is null or effectiveTo >= :asOf)", "asOf", asOf)
                .page(parameters, paging, SORTABLE, "ruleId,key,effectiveFrom")
                .map(RuleParameterView::of);
    }

    public RuleParameterView get(UUID id) {
        return RuleParameterView.of(find(id));
    }

    /** Every version of the parameter the given version belongs to, oldest first. */
    public List<RuleParameterView> versions(UUID id) {
        RuleParameter any = find(id);
        return parameters.versionsOf(any.ruleId, any.key).stream().map(RuleParameterView::of).toList();
    }

    public List<HistoryEntry> history(UUID id) {
        RuleParameter any = find(id);
        return parameters.versionsOf(any.ruleId, any.key).stream()
                .flatMap(p -> audit.historyOf("RuleParameter", p.id).stream())
                .map(HistoryEntry::of)
                .toList();
    }

    @Transactional
    public RuleParameterView create(RuleParameterRequest request) {
        if (parameters.count("ruleId = ?1 and key = ?2", request.ruleId(), request.key()) > 0) {
            throw ApiProblem.conflict(Text.of("catalog.rule-exists", request.ruleId() + "/" + request.key()));
        }
        requireValid(request.valueType(), request.value());
        requireDates(request.effectiveFrom(), request.effectiveTo());
        RuleParameter p = new RuleParameter();
        p.ruleId = request.ruleId();
        p.key = request.key();
        p.valueType = request.valueType();
        p.value = request.value().strip();
        p.description = request.description().strip();
        p.effectiveFrom = request.effectiveFrom();
        p.effectiveTo = request.effectiveTo();
        p.legalInstrument = request.legalInstrument().strip();
        p.legalArticle = request.legalArticle();
        p.verified = request.verified();
        p.note = request.note();
        p.createdBy = user.username();
        parameters.persistAndFlush(p);
        audit.record("RuleParameter", p.id, "create", request);
        return RuleParameterView.of(p);
    }

    /**
     * A new version from {@code effectiveFrom}: it must start after the latest version started; the latest is
     * closed the day before if it would otherwise overlap.
     */
    @Transactional
    public RuleParameterView revise(UUID id, RuleRevisionRequest request) {
        RuleParameter any = find(id);
        List<RuleParameter> versions = parameters.versionsOf(any.ruleId, any.key);
        RuleParameter latest = versions.get(versions.size() - 1);
        if (!request.effectiveFrom().isAfter(latest.effectiveFrom)) {
            throw ApiProblem.invalidField("effectiveFrom", Text.of("catalog.revision-too-early", latest.effectiveFrom, any.ruleId + "/" + any.key));
        }
        requireValid(latest.valueType, request.value());
        requireDates(request.effectiveFrom(), request.effectiveTo());
        LocalDate previousEnd = latest.effectiveTo;
        if (latest.effectiveTo == null || !latest.effectiveTo.isBefore(request.effectiveFrom())) {
            latest.effectiveTo = request.effectiveFrom().minusDays(1);
            parameters.flush();
            audit.record("RuleParameter", latest.id, "supersede",
                    Map.of("effectiveTo", latest.effectiveTo.toString(), "previousEffectiveTo", String.valueOf(previousEnd)));
        }
        RuleParameter next = RuleParameter.versionOf(latest);
        next.value = request.value().strip();
        next.effectiveFrom = request.effectiveFrom();
        next.effectiveTo = request.effectiveTo();
        next.legalInstrument = request.legalInstrument().strip();
        next.legalArticle = request.legalArticle();
        next.verified = request.verified();
        next.note = request.note();
        next.createdBy = user.username();
        parameters.persistAndFlush(next);
        audit.record("RuleParameter", next.id, "revise", Map.of("previousVersionId", latest.id.toString(),
                "previousValue", latest.value, "value", next.value, "effectiveFrom", next.effectiveFrom.toString()));
        return RuleParameterView.of(next);
    }

    private RuleParameter find(UUID id) {
        RuleParameter p = parameters.findById(id);
        if (p == null) {
            throw ApiProblem.notFound("Rule parameter", id);
        }
        return p;
    }

    private static void requireValid(ValueType type, String value) {
        Text problem = type.problemWith(value);
        if (problem != null) {
            throw ApiProblem.invalidField("value", problem);
        }
    }

    private static void requireDates(LocalDate from, LocalDate to) {
        if (to != null && to.isBefore(from)) {
            throw ApiProblem.invalidField("effectiveTo", Text.of("catalog.effective-to-before-from", from));
        }
    }
}
