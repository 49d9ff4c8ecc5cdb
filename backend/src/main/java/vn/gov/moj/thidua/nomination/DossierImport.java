package vn.gov.moj.thidua.nomination;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.catalog.AwardType;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.org.EmulationPeriod;
import vn.gov.moj.thidua.org.Person;
import vn.gov.moj.thidua.org.UnitDirectory;

/**
 * Drafting dossiers in bulk from a list of nominees, all or nothing: each row passes the checks of a single draft;
 * any bad row rejects the file with 422 listing every error as rows[N].column.
 */
@ApplicationScoped
public class DossierImport {

    @Inject
    NominationRepository nominations;

    @Inject
    DossierDrafting drafting;

    @Inject
    EntityManager em;

    @Inject
    UnitDirectory directory;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    /** The outcome of a nominee list: one draft per row, in file order. */
    @Schema(name = "NominationImportResult")
    public record ImportResult(
            @Schema(required = true, examples = "12") int imported,
            @Schema(required = true) List<ImportedRow> rows) {
    }

    @Schema(name = "NominationImportRow")
    public record ImportedRow(
            @Schema(required = true, description = "The file's row (header = 1)", examples = "2") int row,
            @Schema(required = true) UUID nominationId,
            @Schema(required = true, examples = "Nguyễn Thị Hồng Nhung") String nominee,
            @Schema(required = true, examples = "CSTDCS") String awardTypeCode) {
    }

    /** Drafts one dossier per row for the caller's unit; @throws ApiProblem 422 listing every bad row and column. */
    @Transactional
    public ImportResult importRows(NominationImport.Parsed parsed) {
        UUID unit = user.requireUnit();
        List<AwardImport.RowError> errors = new ArrayList<>(parsed.errors());
        List<ImportedRow> done = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NominationImport.Line line : parsed.lines()) {
            AwardType type = em.createQuery("from AwardType where code = :c", AwardType.class).setParameter("c", line.awardType())
                    .getResultStream().findFirst().orElse(null);
            EmulationPeriod period = em.createQuery("from EmulationPeriod where label = :l", EmulationPeriod.class)
                    .setParameter("l", line.period()).getResultStream().findFirst().orElse(null);
            if (type == null) {
                errors.add(new AwardImport.RowError(line.row(), "awardType", Text.of("import.no-award-type", line.awardType())));
            }
            if (period == null) {
                errors.add(new AwardImport.RowError(line.row(), "period", Text.of("import.no-period", line.period())));
            }
            if (type == null || period == null) {
                continue;
            }
            UUID nominee = line.personId() != null ? line.personId() : line.nomineeUnitId();
            if (!seen.add(type.id + "/" + period.id + "/" + nominee)) {
                errors.add(new AwardImport.RowError(line.row(), line.personId() != null ? "personId" : "nomineeUnitId",
                        Text.of("import.nominee-twice")));
                continue;
            }
            Nomination n = drafting.newDraft(unit);
            try {
                drafting.apply(n, new NominationRequest(line.personId(), line.nomineeUnitId(), type.id, period.id, line.achievements(),
                        List.of(), null));
            } catch (ApiProblem problem) {
                // the single draft's problems, kept as catalogue messages so the answer speaks the caller's language
                problem.messages().forEach(m -> errors.add(new AwardImport.RowError(line.row(),
                        m.field() == null ? "row" : importColumn(m.field()), m.message())));
                continue;
            }
            if (errors.isEmpty()) {
                nominations.persist(n);
                done.add(new ImportedRow(line.row(), n.id, n.personId != null ? em.find(Person.class, n.personId).fullName
                        : directory.nameOf(n.nomineeUnitId), type.code));
            }
        }
        if (!errors.isEmpty()) {
            throw AwardImport.rejected(errors);
        }
        nominations.flush();
        for (ImportedRow r : done) {
            audit.record(DossierTransitions.ENTITY, r.nominationId(), "create", Map.of("import", "row " + r.row()));
        }
        return new ImportResult(done.size(), done);
    }

    /** The file's column for a field of the single-draft request. */
    private static String importColumn(String field) {
        return switch (field) {
        case "awardTypeId" -> "awardType";
        case "periodId" -> "period";
        default -> field;
        };
    }
}
