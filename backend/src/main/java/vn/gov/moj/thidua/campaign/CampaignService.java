package vn.gov.moj.thidua.campaign;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.audit.HistoryEntry;
import vn.gov.moj.thidua.common.paging.ListQuery;
import vn.gov.moj.thidua.common.paging.Page;
import vn.gov.moj.thidua.common.paging.PageParams;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.common.security.Roles;
import vn.gov.moj.thidua.common.web.UploadedFiles;
import vn.gov.moj.thidua.common.web.Versions;
import vn.gov.moj.thidua.org.Cluster;
import vn.gov.moj.thidua.org.ClusterRepository;
import vn.gov.moj.thidua.org.EmulationPeriod;
import vn.gov.moj.thidua.org.EmulationPeriodRepository;
import vn.gov.moj.thidua.org.Unit;
import vn.gov.moj.thidua.org.UnitDirectory;
import vn.gov.moj.thidua.org.UnitKind;
import vn.gov.moj.thidua.org.UnitRepository;

@ApplicationScoped
public class CampaignService {

    static final Map<String, String> SORTABLE = Map.of("title", "title", "startDate", "startDate", "endDate", "endDate",
            "status", "status", "createdAt", "createdAt");
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Set<String> DOCUMENT_TYPES = Set.of("application/pdf", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.oasis.opendocument.text",
            "image/png", "image/jpeg");

    @Inject
    CampaignRepository campaigns;

    @Inject
    CampaignDocumentRepository documents;

    @Inject
    CampaignReportRepository reports;

    @Inject
    ClusterRepository clusters;

    @Inject
    UnitRepository units;

    @Inject
    EmulationPeriodRepository periods;

    @Inject
    UnitDirectory directory;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "thidua.documents.max-bytes", defaultValue = "10485760")
    long maxDocumentBytes;

    static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

    /** Drafts belong to the launching side; once launched a campaign is public to everyone signed in. */
    boolean seesDrafts() {
        return user.hasAnyRole(List.of(Roles.SECRETARIAT, Roles.ADMIN));
    }

    public Page<CampaignView> list(String q, CampaignStatus status, CampaignType type, CampaignScope scope, UUID periodId,
            UUID targetUnitId, PageParams paging) {
        ListQuery query = new ListQuery()
                .search("searchText", q)
                .where("status = :status", "status", status)
                .where("type = :type", "type", type)
                .where("scope = :scope", "scope", scope)
                .where("periodId = :periodId", "periodId", periodId)
                .where("id in (select c2.id from Campaign c2 join c2.targetUnitIds t where t = :targetUnitId)", "targetUnitId", targetUnitId);
        if (!seesDrafts()) {
            query.where("status <> :draft", "draft", CampaignStatus.DRAFT);
        }
        Page<Campaign> page = query.page(campaigns, paging, SORTABLE, "-startDate");
        Map<UUID, String> names = directory.namesOf(page.items().stream().map(c -> c.launchingUnitId).toList());
        return page.map(c -> view(c, names));
    }

    /** The caller's unit's inbox: every launched campaign it is a target of. */
    public Page<CampaignView> inbox(CampaignStatus status, PageParams paging) {
        UUID unit = user.requireUnit();
        Page<Campaign> page = new ListQuery()
                .where("id in (select c2.id from Campaign c2 join c2.targetUnitIds t where t = :targetUnitId)", "targetUnitId", unit)
                .where("status <> :draft", "draft", CampaignStatus.DRAFT)
                .where("status = :status", "status", status)
                .page(campaigns, paging, SORTABLE, "-startDate");
        Map<UUID, String> names = directory.namesOf(page.items().stream().map(c -> c.launchingUnitId).toList());
        return page.map(c -> view(c, names));
    }

    public CampaignDetail get(UUID id) {
        return detail(findVisible(id));
    }

    @Transactional
    public CampaignDetail create(CampaignRequest request) {
        Campaign campaign = new Campaign();
        apply(campaign, request);
        campaigns.persistAndFlush(campaign);
        audit.record("Campaign", campaign.id, "create", Map.of("title", campaign.title, "targetUnits", campaign.targetUnitIds.size()));
        return detail(campaign);
    }

    @Transactional
    public CampaignDetail update(UUID id, String ifMatch, CampaignRequest request) {
        Campaign campaign = findVisible(id);
        Versions.requireMatch(ifMatch, campaign.version);
        if (campaign.status != CampaignStatus.DRAFT) {
            throw ApiProblem.illegalTransition("Campaign", campaign.status.name(), "edit", CampaignLifecycle.allowedActions(campaign.status));
        }
        apply(campaign, request);
        campaigns.flush();
        audit.record("Campaign", campaign.id, "update", Map.of("title", campaign.title, "targetUnits", campaign.targetUnitIds.size()));
        return detail(campaign);
    }

    @Transactional
    public CampaignDetail act(UUID id, String action) {
        Campaign campaign = findVisible(id);
        CampaignStatus from = campaign.status;
        CampaignStatus to = CampaignLifecycle.next(from, action);
        if (to == CampaignStatus.LAUNCHED) {
            if (campaign.targetUnitIds.isEmpty()) {
                throw ApiProblem.conflict("A campaign needs at least one target unit before it is launched");
            }
            campaign.launchedAt = Instant.now();
        }
        campaign.status = to;
        campaigns.flush();
        audit.transition("Campaign", campaign.id, action, from, to, null,
                to == CampaignStatus.LAUNCHED ? Map.of("deliveredTo", campaign.targetUnitIds.size()) : null);
        return detail(campaign);
    }

    public List<HistoryEntry> history(UUID id) {
        Campaign campaign = findVisible(id);
        return audit.historyOf("Campaign", campaign.id).stream().map(HistoryEntry::of).toList();
    }

    // --- documents ---------------------------------------------------------------------------------

    public List<DocumentView> documents(UUID id) {
        Campaign campaign = findVisible(id);
        return documents.ofCampaign(campaign.id).stream().map(DocumentView::of).toList();
    }

    @Transactional
    public DocumentView addLink(UUID id, LinkRequest request) {
        Campaign campaign = openForDocuments(id);
        CampaignDocument doc = new CampaignDocument();
        doc.campaignId = campaign.id;
        doc.title = request.title().strip();
        doc.url = request.url().strip();
        doc.addedBy = user.username();
        documents.persistAndFlush(doc);
        audit.record("Campaign", campaign.id, "add-link", Map.of("documentId", doc.id.toString(), "title", doc.title));
        return DocumentView.of(doc);
    }

    @Transactional
    public DocumentView upload(UUID id, String title, FileUpload file) {
        Campaign campaign = openForDocuments(id);
        if (file == null || file.uploadedFile() == null) {
            throw ApiProblem.invalidField("file", "attach a file in the multipart part named 'file'");
        }
        if (file.size() > maxDocumentBytes) {
            throw new ApiProblem(413, "/problems/too-large", "Payload too large",
                    "The file is " + file.size() + " bytes; at most " + maxDocumentBytes + " bytes are accepted");
        }
        String type = file.contentType() == null ? "" : file.contentType().split(";")[0].strip().toLowerCase();
        if (!DOCUMENT_TYPES.contains(type)) {
            throw new ApiProblem(415, "/problems/unsupported-media-type", "Unsupported media type",
                    "Files of type '" + type + "' are not accepted; send PDF, Word, Excel, ODT, PNG or JPEG");
        }
        UploadedFiles.requireContentMatches(type, file.uploadedFile());
        CampaignDocument doc = new CampaignDocument();
        doc.campaignId = campaign.id;
        doc.title = title == null || title.isBlank() ? UploadedFiles.safeFileName(file.fileName()) : title.strip();
        doc.fileName = UploadedFiles.safeFileName(file.fileName());
        doc.contentType = type;
        doc.sizeBytes = file.size();
        try {
            doc.content = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the uploaded file", e);
        }
        doc.addedBy = user.username();
        documents.persistAndFlush(doc);
        audit.record("Campaign", campaign.id, "upload", Map.of("documentId", doc.id.toString(), "fileName", String.valueOf(doc.fileName)));
        return DocumentView.of(doc);
    }

    public CampaignDocument documentContent(UUID id, UUID documentId) {
        Campaign campaign = findVisible(id);
        CampaignDocument doc = documents.findById(documentId);
        if (doc == null || !doc.campaignId.equals(campaign.id) || doc.content == null) {
            throw ApiProblem.notFound("Document", documentId);
        }
        return doc;
    }

    @Transactional
    public void removeDocument(UUID id, UUID documentId) {
        Campaign campaign = openForDocuments(id);
        CampaignDocument doc = documents.findById(documentId);
        if (doc == null || !doc.campaignId.equals(campaign.id)) {
            throw ApiProblem.notFound("Document", documentId);
        }
        documents.delete(doc);
        audit.record("Campaign", campaign.id, "remove-document", Map.of("documentId", documentId.toString(), "title", doc.title));
    }

    private Campaign openForDocuments(UUID id) {
        Campaign campaign = findVisible(id);
        if (campaign.status == CampaignStatus.CLOSED) {
            throw ApiProblem.conflict("The campaign is closed; its documents can no longer change");
        }
        return campaign;
    }

    // --- reports and participation ------------------------------------------------------------------

    @Transactional
    public ReportView submitReport(UUID id, ReportRequest request) {
        Campaign campaign = findVisible(id);
        UUID unit = user.requireUnit();
        if (!campaign.targetUnitIds.contains(unit)) {
            throw ApiProblem.forbidden("Your unit is not a target of this campaign");
        }
        ReportStage collecting = CampaignLifecycle.collectsReports(campaign.status);
        if (collecting != request.stage()) {
            throw ApiProblem.conflict("A campaign in state " + campaign.status + " collects "
                    + (collecting == null ? "no reports" : collecting + " reports") + ", not " + request.stage());
        }
        if (reports.count("campaignId = ?1 and unitId = ?2 and stage = ?3", campaign.id, unit, request.stage()) > 0) {
            throw ApiProblem.conflict("Your unit already sent its " + request.stage() + " report for this campaign");
        }
        CampaignReport report = new CampaignReport();
        report.campaignId = campaign.id;
        report.unitId = unit;
        report.stage = request.stage();
        report.summary = request.summary().strip();
        report.submittedBy = user.username();
        reports.persistAndFlush(report);
        audit.record("Campaign", campaign.id, "report-" + request.stage().name().toLowerCase(), Map.of("unitId", unit.toString()));
        return reportView(report, directory.namesOf(List.of(unit)));
    }

    public List<ReportView> reports(UUID id) {
        Campaign campaign = findVisible(id);
        List<CampaignReport> found = user.readsAllUnits()
                ? reports.list("campaignId = ?1 order by stage, submittedAt", campaign.id)
                : reports.list("campaignId = ?1 and unitId = ?2 order by stage, submittedAt", campaign.id, user.unitId().orElse(null));
        Map<UUID, String> names = directory.namesOf(found.stream().map(r -> r.unitId).toList());
        return found.stream().map(r -> reportView(r, names)).toList();
    }

    public ParticipationView participation(UUID id) {
        Campaign campaign = findVisible(id);
        if (!user.readsAllUnits()) {
            throw ApiProblem.forbidden("The participation view is for the launching side and sector-wide readers");
        }
        Map<UUID, long[]> registrations = new HashMap<>();
        em.createQuery("select r.unitId, r.status, count(r) from Registration r where r.campaignId = :id and r.status <> :draft "
                + "group by r.unitId, r.status", Object[].class)
                .setParameter("id", campaign.id).setParameter("draft", RegistrationStatus.DRAFT)
                .getResultList()
                .forEach(row -> {
                    long[] counts = registrations.computeIfAbsent((UUID) row[0], k -> new long[2]);
                    counts[0] += (Long) row[2];
                    if (row[1] == RegistrationStatus.APPROVED) {
                        counts[1] += (Long) row[2];
                    }
                });
        Set<String> reported = new HashSet<>();
        reports.list("campaignId", campaign.id).forEach(r -> reported.add(r.unitId + "/" + r.stage));
        Map<UUID, String> names = directory.namesOf(campaign.targetUnitIds);
        LocalDate today = today();
        List<ParticipationView.UnitParticipation> rows = new ArrayList<>();
        for (UUID unit : campaign.targetUnitIds) {
            long[] counts = registrations.getOrDefault(unit, new long[2]);
            boolean interim = reported.contains(unit + "/" + ReportStage.INTERIM);
            boolean fin = reported.contains(unit + "/" + ReportStage.FINAL);
            List<String> reasons = ParticipationPolicy.overdueReasons(today, campaign.status, campaign.registrationCloses(),
                    campaign.interimReportDue, campaign.finalReportDue, counts[0], interim, fin);
            rows.add(new ParticipationView.UnitParticipation(unit, names.get(unit), counts[0], counts[1], interim, fin,
                    !reasons.isEmpty(), reasons));
        }
        rows.sort(Comparator.comparing((ParticipationView.UnitParticipation r) -> !r.overdue())
                .thenComparing(r -> r.unitName() == null ? "" : r.unitName()));
        return new ParticipationView(campaign.id, campaign.status, today, rows.size(),
                (int) rows.stream().filter(r -> r.registrations() > 0).count(),
                (int) rows.stream().filter(ParticipationView.UnitParticipation::interimReported).count(),
                (int) rows.stream().filter(ParticipationView.UnitParticipation::finalReported).count(),
                (int) rows.stream().filter(ParticipationView.UnitParticipation::overdue).count(),
                rows);
    }

    // --- helpers -------------------------------------------------------------------------------------

    /** The campaign, or 404 when it does not exist or is a draft the caller may not see. */
    public Campaign findVisible(UUID id) {
        Campaign campaign = campaigns.findById(id);
        if (campaign == null || (campaign.status == CampaignStatus.DRAFT && !seesDrafts())) {
            throw ApiProblem.notFound("Campaign", id);
        }
        return campaign;
    }

    private void apply(Campaign c, CampaignRequest r) {
        if (r.endDate().isBefore(r.startDate())) {
            throw ApiProblem.invalidField("endDate", "must not be before startDate");
        }
        if (r.registrationDeadline() != null && (r.registrationDeadline().isBefore(r.startDate()) || r.registrationDeadline().isAfter(r.endDate()))) {
            throw ApiProblem.invalidField("registrationDeadline", "must fall between startDate and endDate");
        }
        if (r.interimReportDue() != null && r.finalReportDue() != null && r.finalReportDue().isBefore(r.interimReportDue())) {
            throw ApiProblem.invalidField("finalReportDue", "must not be before interimReportDue");
        }
        UUID launching = r.launchingUnitId() != null ? r.launchingUnitId() : user.requireUnit();
        if (units.findById(launching) == null) {
            throw ApiProblem.invalidField("launchingUnitId", "unit " + launching + " does not exist");
        }
        if (r.periodId() != null && periods.findById(r.periodId()) == null) {
            throw ApiProblem.invalidField("periodId", "period " + r.periodId() + " does not exist");
        }
        c.title = r.title().strip();
        c.slogan = r.slogan() == null || r.slogan().isBlank() ? null : r.slogan().strip();
        c.type = r.type();
        c.scope = r.scope();
        c.launchingUnitId = launching;
        c.periodId = r.periodId();
        c.startDate = r.startDate();
        c.endDate = r.endDate();
        c.registrationDeadline = r.registrationDeadline();
        c.interimReportDue = r.interimReportDue();
        c.finalReportDue = r.finalReportDue();
        c.targetSelector = r.targetSelector();
        c.targetClusterId = r.targetSelector() == TargetSelector.CLUSTER ? r.targetClusterId() : null;
        c.targetUnitKind = r.targetSelector() == TargetSelector.KIND && r.targetUnitKind() != null ? r.targetUnitKind().name() : null;
        Set<UUID> targets = resolveTargets(r);
        c.targetUnitIds.clear();
        c.targetUnitIds.addAll(targets);
        c.goals.clear();
        if (r.goals() != null) {
            r.goals().forEach(g -> c.goals.add(g.toGoal()));
        }
    }

    private Set<UUID> resolveTargets(CampaignRequest r) {
        Set<UUID> targets = new LinkedHashSet<>();
        switch (r.targetSelector()) {
            case CLUSTER -> {
                if (r.targetClusterId() == null) {
                    throw ApiProblem.invalidField("targetClusterId", "is required when targetSelector is CLUSTER");
                }
                Cluster cluster = clusters.findById(r.targetClusterId());
                if (cluster == null) {
                    throw ApiProblem.invalidField("targetClusterId", "cluster " + r.targetClusterId() + " does not exist");
                }
                cluster.members.forEach(m -> targets.add(m.unitId));
            }
            case KIND -> {
                if (r.targetUnitKind() == null) {
                    throw ApiProblem.invalidField("targetUnitKind", "is required when targetSelector is KIND");
                }
                units.list("kind = ?1 and validFrom <= ?2 and (validTo is null or validTo >= ?3) order by name",
                        r.targetUnitKind(), r.endDate(), r.startDate()).forEach(u -> targets.add(u.id));
            }
            case LIST -> {
                if (r.targetUnitIds() == null || r.targetUnitIds().isEmpty()) {
                    throw ApiProblem.invalidField("targetUnitIds", "name at least one unit when targetSelector is LIST");
                }
                Map<UUID, Unit> found = new HashMap<>();
                units.list("id in ?1", r.targetUnitIds()).forEach(u -> found.put(u.id, u));
                for (UUID id : r.targetUnitIds()) {
                    Unit unit = found.get(id);
                    if (unit == null) {
                        throw ApiProblem.invalidField("targetUnitIds", "unit " + id + " does not exist");
                    }
                    if (unit.validFrom.isAfter(r.endDate()) || (unit.validTo != null && unit.validTo.isBefore(r.startDate()))) {
                        throw ApiProblem.invalidField("targetUnitIds", unit.name + " does not exist during the campaign");
                    }
                    targets.add(id);
                }
            }
        }
        return targets;
    }

    private static CampaignView view(Campaign c, Map<UUID, String> names) {
        return new CampaignView(c.id, c.title, c.slogan, c.type, c.scope, c.launchingUnitId, names.get(c.launchingUnitId),
                c.periodId, c.startDate, c.endDate, c.registrationDeadline, c.status, c.targetUnitIds.size(), c.version);
    }

    private CampaignDetail detail(Campaign c) {
        List<UUID> ids = new ArrayList<>(c.targetUnitIds);
        ids.add(c.launchingUnitId);
        Map<UUID, String> names = directory.namesOf(ids);
        List<UnitRef> targets = c.targetUnitIds.stream().map(u -> new UnitRef(u, names.get(u)))
                .sorted(Comparator.comparing(u -> u.unitName() == null ? "" : u.unitName())).toList();
        String periodLabel = null;
        if (c.periodId != null) {
            EmulationPeriod period = periods.findById(c.periodId);
            periodLabel = period == null ? null : period.label;
        }
        return new CampaignDetail(c.id, c.title, c.slogan, c.type, c.scope, c.launchingUnitId, names.get(c.launchingUnitId),
                c.periodId, periodLabel, c.startDate, c.endDate, c.registrationDeadline, c.interimReportDue, c.finalReportDue,
                c.targetSelector, c.targetClusterId, c.targetUnitKind == null ? null : UnitKind.valueOf(c.targetUnitKind),
                targets, c.goals.stream().map(GoalDto::of).toList(),
                documents.ofCampaign(c.id).stream().map(DocumentView::of).toList(),
                c.status, c.launchedAt, CampaignLifecycle.allowedActions(c.status), c.version);
    }

    private static ReportView reportView(CampaignReport r, Map<UUID, String> names) {
        return new ReportView(r.id, r.campaignId, r.unitId, names.get(r.unitId), r.stage, r.summary, r.submittedBy, r.submittedAt);
    }
}
