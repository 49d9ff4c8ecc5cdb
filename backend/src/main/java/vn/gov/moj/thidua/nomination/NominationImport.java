package vn.gov.moj.thidua.nomination;

import static vn.gov.moj.thidua.nomination.AwardImport.cell;
import static vn.gov.moj.thidua.nomination.AwardImport.columnIndex;
import static vn.gov.moj.thidua.nomination.AwardImport.uuid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.nomination.AwardImport.RowError;

/**
 * Reads a list of nominees (CSV or .xlsx, read by {@link AwardImport}) into draft dossiers of the caller's unit:
 * columns awardType (catalog code), period (its label, e.g. 2025), personId or nomineeUnitId, achievements. Pure: the
 * caller checks each row against the database with the rules of a single draft.
 */
public final class NominationImport {

    public static final List<String> COLUMNS = List.of("awardType", "period", "personId", "nomineeUnitId", "achievements");

    public record Line(int row, String awardType, String period, UUID personId, UUID nomineeUnitId, String achievements) {
    }

    public record Parsed(List<Line> lines, List<RowError> errors) {
    }

    private NominationImport() {
    }

    /** Checks the header and every row's shape; blank rows are skipped. */
    public static Parsed parse(List<List<String>> rows) {
        List<RowError> errors = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        if (rows.isEmpty()) {
            errors.add(new RowError(1, "header", Text.of("import.empty", String.join(", ", COLUMNS))));
            return new Parsed(lines, errors);
        }
        Map<String, Integer> index = columnIndex(rows.get(0), COLUMNS);
        List<String> missing = List.of("awardType", "period", "achievements").stream().filter(k -> !index.containsKey(k)).toList();
        if (!missing.isEmpty() || (!index.containsKey("personId") && !index.containsKey("nomineeUnitId"))) {
            errors.add(new RowError(1, "header", AwardImport.missingColumns(missing, "personId", "nomineeUnitId", COLUMNS)));
            return new Parsed(lines, errors);
        }
        for (int r = 1; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            int row = r + 1;
            if (cells.stream().allMatch(s -> s == null || s.isBlank())) {
                continue;
            }
            int before = errors.size();
            String type = cell(cells, index, "awardType");
            if (type.isEmpty()) {
                errors.add(new RowError(row, "awardType", Text.of("import.award-type-required")));
            }
            String period = cell(cells, index, "period");
            if (period.isEmpty()) {
                errors.add(new RowError(row, "period", Text.of("import.period-required")));
            }
            UUID person = uuid(cells, index, "personId", row, errors);
            UUID unit = uuid(cells, index, "nomineeUnitId", row, errors);
            if (person != null && unit != null) {
                errors.add(new RowError(row, "nomineeUnitId", Text.of("import.not-both", AwardImport.column("personId"),
                        AwardImport.column("nomineeUnitId"))));
            } else if (cell(cells, index, "personId").isEmpty() && cell(cells, index, "nomineeUnitId").isEmpty()) {
                errors.add(new RowError(row, "personId", Text.of("import.subject-required", AwardImport.column("personId"),
                        AwardImport.column("nomineeUnitId"))));
            }
            String achievements = cell(cells, index, "achievements");
            if (achievements.isEmpty() || achievements.length() > 20000) {
                errors.add(new RowError(row, "achievements", Text.of("import.required-at-most", 20000)));
            }
            if (errors.size() == before) {
                lines.add(new Line(row, type.toUpperCase(Locale.ROOT), period, person, unit, achievements));
            }
        }
        if (lines.isEmpty() && errors.isEmpty()) {
            errors.add(new RowError(2, "awardType", Text.of("import.no-rows")));
        }
        return new Parsed(lines, errors);
    }
}
