package vn.gov.moj.thidua.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Versions of one rule parameter never overlap: on any date at most one value is in force (architecture.md, "Rules are
 * data"; RuleBook answers "the value in force on date D"). A version recorded for the past must also lie wholly before
 * today — history is recorded, never a future value slipped in without a revision.
 */
public final class RuleVersionPolicy {

    private RuleVersionPolicy() {
    }

    /** A version's range; to null while open-ended. */
    public record Range(LocalDate from, LocalDate to) {

        boolean overlaps(Range other) {
            return (other.to == null || !from.isAfter(other.to)) && (to == null || !to.isBefore(other.from));
        }
    }

    /** The first existing range the new one shares a day with. */
    public static Optional<Range> overlapping(Range added, List<Range> existing) {
        return existing.stream().filter(added::overlaps).findFirst();
    }

    /** Whether a range may be recorded as history on today: it ends before today. */
    public static boolean isPast(Range range, LocalDate today) {
        return range.to() != null && range.to().isBefore(today);
    }
}
