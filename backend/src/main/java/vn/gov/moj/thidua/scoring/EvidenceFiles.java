package vn.gov.moj.thidua.scoring;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.resteasy.reactive.multipart.FileUpload;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.common.web.UploadedFiles;
import vn.gov.moj.thidua.common.web.Versions;
import vn.gov.moj.thidua.org.Cluster;
import vn.gov.moj.thidua.org.ClusterRepository;

/**
 * Evidence as an uploaded file (a scan, a PDF): checked like a dossier document (size, sniffed type, file name), stored
 * with the sheet, listed on the criterion like a link, read by whoever may read the sheet, deleted when the unit
 * leaves it out of the criterion's evidence.
 */
@ApplicationScoped
public class EvidenceFiles {

    @Inject
    EvidenceFileRepository files;

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
    CurrentUser user;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    UploadedFiles uploads;

    @Transactional
    public ScoreSheetDetail upload(UUID sheetId, String ifMatch, String criterionCode, String label, FileUpload file) {
        ScoreSheet sheet = access.findForChange(sheetId);
        Versions.requireMatch(ifMatch, sheet.version);
        ScoringTemplate template = templates.findById(sheet.templateId);
        Cluster cluster = clusters.findById(sheet.clusterId);
        access.require(sheet, template, cluster, SheetAction.EDIT);
        if (criterionCode == null || criterionCode.isBlank()) {
            throw ApiProblem.invalidField("criterionCode", Text.of("scoring.criterion-required"));
        }
        var located = template.criterion(criterionCode.strip()).orElseThrow(() ->
                ApiProblem.invalidField("criterionCode", Text.of("scoring.no-such-criterion", criterionCode.strip())));
        UploadedFiles.Document upload = uploads.acceptDocument(file);
        EvidenceFile stored = new EvidenceFile();
        stored.id = UUID.randomUUID();
        stored.sheetId = sheet.id;
        stored.criterionCode = located.criterion().code();
        stored.fileName = upload.fileName();
        stored.contentType = upload.contentType();
        stored.sizeBytes = upload.sizeBytes();
        stored.content = upload.content();
        stored.addedBy = user.username();
        stored.addedAt = Instant.now(clock);
        files.persist(stored);
        String title = label == null || label.isBlank() ? stored.fileName : label.strip();
        ScoreEntry entry = ScoreEntries.entryFor(sheet, located);
        List<Evidence> evidence = new ArrayList<>(entry.evidence == null ? List.of() : entry.evidence);
        evidence.add(new Evidence(title, Evidence.downloadPath(sheet.id, stored.id), stored.id));
        entry.evidence = evidence;
        sheet.updatedAt = Instant.now(clock); // the entry is part of the sheet: its version moves with the upload
        sheets.flush();
        audit.record(ScoreSheetAccess.ENTITY, sheet.id, "upload-evidence",
                Map.of("criterion", stored.criterionCode, "fileId", stored.id.toString(), "fileName", stored.fileName));
        return views.detail(sheet, template, cluster);
    }

    public EvidenceFile content(UUID sheetId, UUID fileId) {
        ScoreSheet sheet = access.findVisible(sheetId);
        EvidenceFile file = files.findById(fileId);
        if (file == null || !file.sheetId.equals(sheet.id)) {
            throw ApiProblem.notFound("Evidence file", fileId);
        }
        return file;
    }

    /**
     * A self-score save names a criterion's evidence anew: every file it keeps must be one of this criterion's uploads
     * (its download path is set by the server), and the files it leaves out are deleted.
     * @return the evidence as stored, or null with a fault added for each file that is not this criterion's
     */
    List<Evidence> reconcile(ScoreSheet sheet, String criterionCode, List<Evidence> requested, List<Evidence> before,
            List<ApiProblem.FieldText> faults, String path) {
        Set<UUID> owned = files.find("sheetId = ?1 and criterionCode = ?2", sheet.id, criterionCode).stream()
                .map(f -> f.id).collect(Collectors.toSet());
        List<Evidence> kept = new ArrayList<>();
        boolean faulty = false;
        for (int e = 0; e < requested.size(); e++) {
            Evidence item = requested.get(e);
            if (item.fileId() == null) {
                kept.add(item);
            } else if (owned.contains(item.fileId())) {
                kept.add(new Evidence(item.label(), Evidence.downloadPath(sheet.id, item.fileId()), item.fileId()));
            } else {
                faults.add(new ApiProblem.FieldText(path + ".evidence[" + e + "]", Text.of("scoring.evidence-file-unknown")));
                faulty = true;
            }
        }
        if (faulty) {
            return null;
        }
        Set<UUID> keptIds = kept.stream().map(Evidence::fileId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        for (Evidence old : before == null ? List.<Evidence>of() : before) {
            if (old.fileId() != null && !keptIds.contains(old.fileId())) {
                files.deleteById(old.fileId());
            }
        }
        return kept;
    }
}
