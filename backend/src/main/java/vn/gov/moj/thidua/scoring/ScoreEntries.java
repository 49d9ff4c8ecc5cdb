package vn.gov.moj.thidua.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.ApiProblem.FieldText;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.web.Versions;
import vn.gov.moj.thidua.org.Cluster;
import vn.gov.moj.thidua.org.ClusterRepository;

/**
 * Points entered on a sheet: the unit's self-score with notes and evidence, and the cluster's verified points, which
 * need a reason where they differ from the self-score. Every fault of a save is reported at once; nothing is kept then.
 */
@ApplicationScoped
public class ScoreEntries {

    private static final String ENTITY = ScoreSheetAccess.ENTITY;

    @Inject
    ScoreSheetRepository sheets;

    @Inject
    ScoringTemplateRepository templates;

    @Inject
    ClusterRepository clusters;

    @Inject
    ScoreSheetAccess access;

    @Inject
    ScoreSheetViews views;

    @Inject
    EvidenceFiles evidenceFiles;

    @Inject
    AuditTrail audit;

    @Transactional
    public ScoreSheetDetail selfScore(UUID id, String ifMatch, SelfScoreRequest request) {
        ScoreSheet sheet = access.findForChange(id);
        Versions.requireMatch(ifMatch, sheet.version);
        ScoringTemplate template = templates.findById(sheet.templateId);
        Cluster cluster = clusters.findById(sheet.clusterId);
        access.require(sheet, template, cluster, SheetAction.EDIT);
        List<FieldText> faults = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < request.entries().size(); i++) {
            SelfScoreRequest.Entry input = request.entries().get(i);
            String path = "entries[" + i + "]";
            var located = template.criterion(input.criterionCode());
            if (located.isEmpty()) {
                faults.add(new FieldText(path + ".criterionCode", Text.of("scoring.no-such-criterion", input.criterionCode())));
                continue;
            }
            TemplateCriterion criterion = located.get().criterion();
            BigDecimal points = null;
            if (input.input() != null) {
                Text fault = ScoringMethod.of(criterion.method()).inputFault(criterion, input.input());
                if (fault != null) {
                    faults.add(new FieldText(path + ".input", fault));
                    continue;
                }
                points = ScoringMethod.of(criterion.method()).points(criterion, input.input());
            }
            if (input.evidence() != null) {
                for (int e = 0; e < input.evidence().size(); e++) {
                    Evidence evidence = input.evidence().get(e);
                    boolean link = evidence.fileId() != null
                            || evidence.url() != null && evidence.url().matches("(?i)https?://\\S+");
                    if (!link || evidence.label() == null || evidence.label().isBlank()) {
                        faults.add(new FieldText(path + ".evidence[" + e + "]", Text.of("scoring.evidence-link")));
                    }
                }
            }
            ScoreEntry entry = entryFor(sheet, located.get());
            entry.selfInput = input.input();
            entry.selfPoints = points;
            if (input.note() != null) {
                entry.note = input.note().isBlank() ? null : input.note().strip();
            }
            if (input.evidence() != null && faults.isEmpty()) {
                List<Evidence> kept = evidenceFiles.reconcile(sheet, criterion.code(), input.evidence(), entry.evidence, faults, path);
                if (kept != null) {
                    entry.evidence = kept;
                }
            }
            changed.add(criterion.code());
        }
        requireNoFaults(faults);
        sheets.flush();
        audit.record(ENTITY, sheet.id, "self-score", Map.of("criteria", changed));
        return views.detail(sheet, template, cluster);
    }

    @Transactional
    public ScoreSheetDetail review(UUID id, String ifMatch, VerificationRequest request) {
        ScoreSheet sheet = access.findForChange(id);
        Versions.requireMatch(ifMatch, sheet.version);
        ScoringTemplate template = templates.findById(sheet.templateId);
        Cluster cluster = clusters.findById(sheet.clusterId);
        access.require(sheet, template, cluster, SheetAction.REVIEW);
        List<FieldText> faults = new ArrayList<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        for (int i = 0; i < request.entries().size(); i++) {
            VerificationRequest.Entry input = request.entries().get(i);
            String path = "entries[" + i + "]";
            var located = template.criterion(input.criterionCode());
            if (located.isEmpty()) {
                faults.add(new FieldText(path + ".criterionCode", Text.of("scoring.no-such-criterion", input.criterionCode())));
                continue;
            }
            TemplateCriterion criterion = located.get().criterion();
            ScoreEntry entry = entryFor(sheet, located.get());
            if (input.input() == null) {
                entry.verifiedInput = null;
                entry.verifiedPoints = null;
                entry.diffReason = null;
                continue;
            }
            ScoringMethod method = ScoringMethod.of(criterion.method());
            Text fault = method.inputFault(criterion, input.input());
            if (fault != null) {
                faults.add(new FieldText(path + ".input", fault));
                continue;
            }
            BigDecimal verified = method.points(criterion, input.input());
            String reason = input.reason() == null || input.reason().isBlank() ? null : input.reason().strip();
            if (VerificationPolicy.needsReason(entry.selfPoints, verified) && reason == null) {
                faults.add(new FieldText(path + ".reason", Text.of("scoring.reason-needed", criterion.code(), verified.toPlainString(),
                        entry.selfPoints == null ? "—" : entry.selfPoints.toPlainString())));
                continue;
            }
            entry.verifiedInput = input.input();
            entry.verifiedPoints = verified;
            entry.diffReason = reason;
            reasons.put(criterion.code(), reason == null ? "" : reason);
        }
        requireNoFaults(faults);
        sheets.flush();
        audit.record(ENTITY, sheet.id, "review", Map.of("criteria", reasons));
        return views.detail(sheet, template, cluster);
    }

    /** The sheet's entry for a criterion, added when a template criterion has none yet. */
    static ScoreEntry entryFor(ScoreSheet sheet, ScoringTemplate.Located located) {
        return sheet.entry(located.criterion().code()).orElseGet(() -> {
            ScoreEntry entry = new ScoreEntry();
            entry.criterionCode = located.criterion().code();
            entry.sectionCode = located.section().code();
            entry.method = located.criterion().method();
            sheet.entries.add(entry);
            return entry;
        });
    }

    private static void requireNoFaults(List<FieldText> faults) {
        if (!faults.isEmpty()) {
            throw ApiProblem.invalidFields(faults);
        }
    }
}
