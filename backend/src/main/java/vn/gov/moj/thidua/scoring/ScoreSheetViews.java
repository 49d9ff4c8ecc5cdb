package vn.gov.moj.thidua.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.gov.moj.thidua.org.Cluster;
import vn.gov.moj.thidua.org.ClusterRepository;
import vn.gov.moj.thidua.org.UnitDirectory;

/** Builds what a score sheet shows: sections with self and verified points, totals, the caller's allowed actions. */
@ApplicationScoped
public class ScoreSheetViews {

    @Inject
    ScoringTemplateRepository templates;

    @Inject
    ClusterRepository clusters;

    @Inject
    UnitDirectory directory;

    @Inject
    ScoreSheetAccess access;

    ScoreSheetView view(ScoreSheet s, String unitName) {
        return new ScoreSheetView(s.id, s.clusterId, s.unitId, unitName, s.templateId, s.status, selfTotal(s), verifiedTotal(s),
                s.version);
    }

    ScoreSheetDetail detail(ScoreSheet sheet) {
        return detail(sheet, templates.findById(sheet.templateId), clusters.findById(sheet.clusterId));
    }

    ScoreSheetDetail detail(ScoreSheet sheet, ScoringTemplate template, Cluster cluster) {
        List<ScoreSheetDetail.Section> sections = new ArrayList<>();
        boolean anyVerified = sheet.entries.stream().anyMatch(e -> e.verifiedPoints != null);
        for (TemplateSection section : template.sections) {
            List<ScoreSheetDetail.Criterion> criteria = new ArrayList<>();
            BigDecimal self = ScoringMethod.rounded(BigDecimal.ZERO);
            int scored = 0;
            for (TemplateCriterion c : section.criteria()) {
                ScoreEntry e = sheet.entry(c.code()).orElse(new ScoreEntry());
                if (e.selfPoints != null) {
                    self = self.add(e.selfPoints);
                }
                if (e.selfInput != null) {
                    scored++;
                }
                criteria.add(new ScoreSheetDetail.Criterion(c.code(), c.text(), c.maxPoints(), c.method(), c.bands(), c.perEvent(),
                        c.guidance(), e.selfInput, e.selfPoints, e.note, e.evidence == null ? List.of() : e.evidence,
                        e.verifiedInput, e.verifiedPoints, e.diffReason));
            }
            BigDecimal verified = anyVerified ? sectionEffective(sheet, section) : null;
            sections.add(new ScoreSheetDetail.Section(section.code(), section.title(), section.maxPoints(), self, verified, scored, criteria));
        }
        Map<UUID, String> names = directory.namesOf(List.of(sheet.unitId));
        return new ScoreSheetDetail(sheet.id, template.id, template.name, cluster.id, cluster.name, sheet.unitId, names.get(sheet.unitId),
                sheet.status, template.requiresCertification, sheet.returnComment, sheet.certificationNote, template.totalPoints,
                selfTotal(sheet), verifiedTotal(sheet), sections, access.allowedForCaller(sheet, template, cluster), sheet.version);
    }

    static BigDecimal selfTotal(ScoreSheet sheet) {
        return sheet.entries.stream().map(e -> e.selfPoints).filter(Objects::nonNull).reduce(ScoringMethod.rounded(BigDecimal.ZERO), BigDecimal::add);
    }

    /** Null until a reviewer has verified any criterion; then the verified points, the self points where none. */
    static BigDecimal verifiedTotal(ScoreSheet sheet) {
        if (sheet.entries.stream().noneMatch(e -> e.verifiedPoints != null)) {
            return null;
        }
        return sheet.entries.stream().map(e -> e.verifiedPoints != null ? e.verifiedPoints : e.selfPoints).filter(Objects::nonNull)
                .reduce(ScoringMethod.rounded(BigDecimal.ZERO), BigDecimal::add);
    }

    private static BigDecimal sectionEffective(ScoreSheet sheet, TemplateSection section) {
        return section.criteria().stream().map(c -> sheet.entry(c.code()).orElse(null)).filter(Objects::nonNull)
                .map(e -> e.verifiedPoints != null ? e.verifiedPoints : e.selfPoints).filter(Objects::nonNull)
                .reduce(ScoringMethod.rounded(BigDecimal.ZERO), BigDecimal::add);
    }
}
