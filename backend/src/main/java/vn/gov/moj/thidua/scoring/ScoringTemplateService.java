package vn.gov.moj.thidua.scoring;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.common.imports.BoundedWorkbook;
import vn.gov.moj.thidua.common.imports.ImportLimits;
import vn.gov.moj.thidua.common.paging.ListQuery;
import vn.gov.moj.thidua.common.paging.Page;
import vn.gov.moj.thidua.common.paging.PageParams;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import java.util.Locale;
import vn.gov.moj.thidua.common.problem.ProblemTexts;
import vn.gov.moj.thidua.common.problem.Problem.FieldError;
import vn.gov.moj.thidua.common.problem.ApiProblem.FieldText;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.web.Versions;
import vn.gov.moj.thidua.org.EmulationPeriod;
import vn.gov.moj.thidua.org.EmulationPeriodRepository;

@ApplicationScoped
public class ScoringTemplateService {

    static final String ENTITY = "ScoringTemplate";
    static final Map<String, String> SORTABLE = Map.of("name", "name", "versionNo", "versionNo", "targetGroup", "targetGroup");

    @Inject
    ImportLimits importLimits;

    @Inject
    ScoringTemplateRepository templates;

    @Inject
    EmulationPeriodRepository periods;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public Page<ScoringTemplateView> list(UUID periodId, TargetGroup group, TemplateStatus status, PageParams paging) {
        Page<ScoringTemplate> page = new ListQuery()
                .where("periodId = :periodId", "periodId", periodId)
                .where("targetGroup = :group", "group", group)
                .where("status = :status", "status", status)
                .page(templates, paging, SORTABLE, "targetGroup,-versionNo");
        Map<UUID, String> labels = labels(page.items().stream().map(t -> t.periodId).toList());
        return page.map(t -> new ScoringTemplateView(t.id, t.periodId, labels.get(t.periodId), t.targetGroup, t.versionNo, t.name,
                t.status, t.totalPoints, t.requiresCertification, t.allCriteria().size(), t.version));
    }

    public ScoringTemplateDetail get(UUID id) {
        return detail(find(id));
    }

    /** Every fault, worded in {@code language} (the caller's, as a problem would be). */
    public TemplateValidation validate(ScoringTemplateRequest request, Locale language) {
        List<FieldText> faults = TemplateValidationPolicy.faults(request.totalPoints(), request.sections(), request.tieBreak());
        return new TemplateValidation(faults.isEmpty(),
                faults.stream().map(f -> new FieldError(f.field(), ProblemTexts.render(f.message(), language))).toList());
    }

    @Transactional
    public ScoringTemplateDetail create(ScoringTemplateRequest request) {
        ScoringTemplate template = new ScoringTemplate();
        template.periodId = period(request.periodId()).id;
        template.targetGroup = request.targetGroup();
        template.versionNo = templates.nextVersionNo(template.periodId, template.targetGroup);
        template.status = TemplateStatus.DRAFT;
        apply(template, request);
        templates.persistAndFlush(template);
        audit.record(ENTITY, template.id, "create", Map.of("name", template.name, "versionNo", template.versionNo));
        return detail(template);
    }

    @Transactional
    public ScoringTemplateDetail update(UUID id, String ifMatch, ScoringTemplateRequest request) {
        ScoringTemplate template = find(id);
        Versions.requireMatch(ifMatch, template.version);
        requireDraft(template);
        if (!template.periodId.equals(request.periodId()) || template.targetGroup != request.targetGroup()) {
            throw ApiProblem.invalidField("periodId", Text.of("scoring.period-group-fixed"));
        }
        apply(template, request);
        templates.flush();
        audit.record(ENTITY, template.id, "update", Map.of("name", template.name));
        return detail(template);
    }

    @Transactional
    public ScoringTemplateDetail publish(UUID id) {
        ScoringTemplate template = find(id);
        if (template.status != TemplateStatus.DRAFT) {
            throw ApiProblem.illegalTransition(ENTITY, template.status.name(), "publish", List.of("new-version", "copy"));
        }
        requireValid(TemplateValidationPolicy.faults(template.totalPoints, template.sections, template.tieBreak));
        templates.published(template.periodId, template.targetGroup).ifPresent(previous -> {
            previous.status = TemplateStatus.SUPERSEDED;
            audit.transition(ENTITY, previous.id, "supersede", TemplateStatus.PUBLISHED, TemplateStatus.SUPERSEDED, null,
                    Map.of("by", template.id));
            templates.flush();
        });
        template.status = TemplateStatus.PUBLISHED;
        template.publishedAt = Instant.now(clock);
        templates.flush();
        audit.transition(ENTITY, template.id, "publish", TemplateStatus.DRAFT, TemplateStatus.PUBLISHED, null, null);
        return detail(template);
    }

    /** A new draft version of the same period and target group (a published template itself never changes). */
    @Transactional
    public ScoringTemplateDetail newVersion(UUID id) {
        ScoringTemplate source = find(id);
        return detail(copy(source, source.periodId, "new-version"));
    }

    /** Copies a template, typically last period's, into another period as version 1 (or the next) draft. */
    @Transactional
    public ScoringTemplateDetail copyTo(UUID id, CopyTemplateRequest request) {
        ScoringTemplate source = find(id);
        return detail(copy(source, period(request.periodId()).id, "copy"));
    }

    public byte[] exportWorkbook(UUID id) {
        return TemplateWorkbook.write(find(id));
    }

    /**
     * A draft from an Excel workbook in the export layout, within the import limits ({@link BoundedWorkbook}, checked
     * before it is parsed); refused with every fault like the editor's saves.
     */
    @Transactional
    public ScoringTemplateDetail importWorkbook(byte[] workbook, UUID periodId) {
        BoundedWorkbook.requireWithinLimits(workbook, importLimits);
        ScoringTemplateRequest request = TemplateWorkbook.read(new java.io.ByteArrayInputStream(workbook), period(periodId).id);
        ScoringTemplateDetail created = create(request);
        audit.record(ENTITY, created.id(), "import", null);
        return created;
    }

    public ScoringTemplate find(UUID id) {
        ScoringTemplate template = templates.findById(id);
        if (template == null) {
            throw ApiProblem.notFound(ENTITY, id);
        }
        return template;
    }

    private ScoringTemplate copy(ScoringTemplate source, UUID periodId, String action) {
        ScoringTemplate copy = new ScoringTemplate();
        copy.periodId = periodId;
        copy.targetGroup = source.targetGroup;
        copy.versionNo = templates.nextVersionNo(periodId, source.targetGroup);
        copy.status = TemplateStatus.DRAFT;
        copy.name = source.name;
        copy.totalPoints = source.totalPoints;
        copy.requiresCertification = source.requiresCertification;
        copy.tieBreak = new ArrayList<>(source.tieBreak);
        copy.sections = new ArrayList<>(source.sections);
        templates.persistAndFlush(copy);
        audit.record(ENTITY, copy.id, action, Map.of("from", source.id));
        return copy;
    }

    private void apply(ScoringTemplate template, ScoringTemplateRequest request) {
        requireValid(TemplateValidationPolicy.faults(request.totalPoints(), request.sections(), request.tieBreak()));
        template.name = request.name().strip();
        template.totalPoints = request.totalPoints();
        template.requiresCertification = request.requiresCertification() != null ? request.requiresCertification()
                : request.targetGroup() == TargetGroup.SO_TU_PHAP;
        template.tieBreak = request.tieBreak() == null ? new ArrayList<>() : new ArrayList<>(request.tieBreak());
        template.sections = new ArrayList<>(request.sections());
    }

    private static void requireValid(List<FieldText> faults) {
        if (!faults.isEmpty()) {
            throw ApiProblem.of(400, "/problems/validation", "Invalid request", Text.of("scoring.template-faults", faults.size()),
                    faults, null, null);
        }
    }

    private static void requireDraft(ScoringTemplate template) {
        if (template.status != TemplateStatus.DRAFT) {
            throw ApiProblem.conflict(Text.of("scoring.template-frozen", Text.of("state." + template.status.name()), template.id));
        }
    }

    private EmulationPeriod period(UUID id) {
        EmulationPeriod period = periods.findById(id);
        if (period == null) {
            throw ApiProblem.invalidField("periodId", Text.of("common.no-such", Text.of("thing.Period"), id));
        }
        return period;
    }

    private Map<UUID, String> labels(List<UUID> ids) {
        Map<UUID, String> labels = new HashMap<>();
        List<UUID> distinct = ids.stream().distinct().toList();
        if (!distinct.isEmpty()) {
            periods.list("id in ?1", distinct).forEach(p -> labels.put(p.id, p.label));
        }
        return labels;
    }

    ScoringTemplateDetail detail(ScoringTemplate t) {
        String label = labels(List.of(t.periodId)).get(t.periodId);
        return new ScoringTemplateDetail(t.id, t.periodId, label, t.targetGroup, t.versionNo, t.name, t.status, t.totalPoints,
                t.requiresCertification, t.tieBreak, t.sections, t.publishedAt, t.version);
    }
}
