package vn.gov.moj.thidua.nomination;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.ApiProblem.FieldText;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.nomination.eligibility.Verdict;

/**
 * A dossier's way to the council's agenda: the unit head submits, the secretariat receives, appraises with the
 * eligibility engine, returns it with a reason or puts it on the agenda. A failing rule blocks submission and the
 * agenda unless the secretariat overrode it with a reason.
 */
@ApplicationScoped
public class DossierWorkflow {

    @Inject
    NominationRepository nominations;

    @Inject
    DossierVisibility visibility;

    @Inject
    DossierTransitions transitions;

    @Inject
    DossierViews views;

    @Inject
    EligibilityService eligibility;

    @Inject
    AuditTrail audit;

    @Inject
    Notifier notifier;

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper json;

    @Transactional
    public NominationView submit(UUID id) {
        Nomination n = visibility.findOwn(id);
        transitions.require(n, NominationAction.SUBMIT);
        EligibilityReportView report = eligibility.check(n);
        requireNoHardFailure(n, report, NominationAction.SUBMIT);
        transitions.move(n, NominationAction.SUBMIT, null, Map.of("eligibility", report.overall().name()));
        return views.view(n);
    }

    @Transactional
    public NominationView receive(UUID id) {
        Nomination n = visibility.findVisible(id);
        transitions.move(n, NominationAction.RECEIVE, null, null);
        return views.view(n);
    }

    @Transactional
    public NominationView appraise(UUID id) {
        Nomination n = visibility.findVisible(id);
        transitions.require(n, NominationAction.APPRAISE);
        EligibilityReportView report = eligibility.check(n);
        store(n, report);
        transitions.move(n, NominationAction.APPRAISE, null, Map.of("eligibility", report.overall().name(),
                "failing", report.failing().stream().map(EligibilityReportView.RuleVerdict::ruleId).toList()));
        return views.view(n);
    }

    @Transactional
    public NominationView returnToUnit(UUID id, String reason) {
        Nomination n = visibility.findVisible(id);
        transitions.require(n, NominationAction.RETURN);
        n.returnReason = reason.strip();
        notifier.notify(n.unitId, n.id, "RETURNED", Text.of("nomination.notice-returned", views.label(n), n.returnReason));
        transitions.move(n, NominationAction.RETURN, n.returnReason, null);
        return views.view(n);
    }

    @Transactional
    public NominationView putOnAgenda(UUID id) {
        Nomination n = visibility.findVisible(id);
        transitions.require(n, NominationAction.PUT_ON_AGENDA);
        EligibilityReportView report = eligibility.check(n);
        store(n, report);
        requireNoHardFailure(n, report, NominationAction.PUT_ON_AGENDA);
        transitions.move(n, NominationAction.PUT_ON_AGENDA, null, Map.of("eligibility", report.overall().name()));
        return views.view(n);
    }

    /** Lets a dossier with failing rules go on; recorded in its history without a change of state. */
    @Transactional
    public NominationView overrideEligibility(UUID id, String reason) {
        Nomination n = visibility.findVisible(id);
        if (NominationWorkflow.onAgendaOrLater(n.status)) {
            throw ApiProblem.conflict(Text.of("nomination.override-too-late", Text.of("state." + n.status.name())));
        }
        n.overrideReason = reason.strip();
        n.overriddenBy = user.username();
        nominations.flush();
        audit.transition(DossierTransitions.ENTITY, n.id, "override-eligibility", n.status, n.status, n.overrideReason, null);
        return views.view(n);
    }

    private void requireNoHardFailure(Nomination n, EligibilityReportView report, NominationAction what) {
        if (report.overall() != Verdict.FAIL || n.overrideReason != null) {
            return;
        }
        // the report is already in the caller's language (ReaderLanguage): its names and explanations are kept as written
        List<FieldText> failing = report.failing().stream()
                .map(r -> new FieldText(r.ruleId(), Text.of("detail.as-is", r.explanation()))).toList();
        String names = report.failing().stream().map(EligibilityReportView.RuleVerdict::name).collect(java.util.stream.Collectors.joining("; "));
        throw ApiProblem.of(409, "/problems/ineligible", "Eligibility rules fail",
                Text.of("nomination.ineligible", Text.of(what == NominationAction.SUBMIT ? "nomination.ineligible-submit" : "nomination.ineligible-agenda"), names),
                failing, n.status.name(), transitions.allowedActions(n));
    }

    /** Keeps the report with the dossier: the appraisal the council reads. */
    private void store(Nomination n, EligibilityReportView report) {
        try {
            n.eligibilityReport = json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        n.eligibilityOverall = report.overall();
        n.eligibilityCheckedAt = report.checkedAt();
    }
}
