package vn.gov.moj.thidua.nomination;

import java.time.LocalDate;
import java.util.Optional;

import vn.gov.moj.thidua.common.time.WorkingDays;

/**
 * Which time limit a dossier's step runs against, in working days (pure).
 * <ul>
 * <li>RECEIVED, APPRAISING: the appraisal time, {@code appraisalDays} working days from the day the complete dossier
 * was received (R-DEADLINE-APPRAISAL; 25 by default — the ministry-level procedure of a peer ministry, the Ministry of
 * Justice's own figure is UNVERIFIED).</li>
 * <li>PUBLIC_COMMENT: the closing date set when the comment opened (by default 5 working days, R-DEADLINE-COMMENT,
 * Decree 91/2017 Art. 45 cl. 10, superseded).</li>
 * </ul>
 * Campaign registration and reporting deadlines stay calendar dates: a campaign sets them as dates.
 */
public final class DeadlinePolicy {

    public static final String APPRAISAL_RULE = "R-DEADLINE-APPRAISAL";
    public static final String COMMENT_RULE = "R-DEADLINE-COMMENT";
    public static final String KEY = "workingDays";

    private DeadlinePolicy() {
    }

    /** The due date of the step, if the step has one. */
    public static Optional<DossierDeadline> of(NominationStatus status, LocalDate receivedOn, LocalDate commentClosingDate,
            Integer appraisalDays, WorkingDays days, LocalDate today) {
        return switch (status) {
            case RECEIVED, APPRAISING -> receivedOn == null || appraisalDays == null ? Optional.empty()
                    : Optional.of(deadline(DossierDeadline.Kind.APPRAISAL, days.plus(receivedOn, appraisalDays), APPRAISAL_RULE, days, today));
            case PUBLIC_COMMENT -> commentClosingDate == null ? Optional.empty()
                    : Optional.of(deadline(DossierDeadline.Kind.PUBLIC_COMMENT, commentClosingDate, COMMENT_RULE, days, today));
            default -> Optional.empty();
        };
    }

    /** The default closing date of a public comment opened today: {@code windowDays} working days later. */
    public static LocalDate commentClosing(LocalDate today, int windowDays, WorkingDays days) {
        return days.plus(today, windowDays);
    }

    private static DossierDeadline deadline(DossierDeadline.Kind kind, LocalDate due, String rule, WorkingDays days, LocalDate today) {
        return new DossierDeadline(kind, due, days.between(today, due), due.isBefore(today), rule);
    }
}
