package vn.gov.moj.thidua.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * "Có 'phát' nhưng không có 'động'" (launched but nothing moves; MOJ sector reviews 2012 and 2019, DOMAIN.md):
 * a target unit is overdue for each deadline that has passed with nothing from it.
 */
public final class ParticipationPolicy {

    public static final String REGISTRATION = "REGISTRATION";
    public static final String INTERIM_REPORT = "INTERIM_REPORT";
    public static final String FINAL_REPORT = "FINAL_REPORT";

    private ParticipationPolicy() {
    }

    /** Why a unit is overdue on {@code today}; empty when it is not (or the campaign was never launched). */
    public static List<String> overdueReasons(LocalDate today, CampaignStatus status, LocalDate registrationCloses,
            LocalDate interimDue, LocalDate finalDue, long submittedRegistrations, boolean interimReported, boolean finalReported) {
        List<String> reasons = new ArrayList<>();
        if (status == CampaignStatus.DRAFT) {
            return reasons;
        }
        if (registrationCloses != null && today.isAfter(registrationCloses) && submittedRegistrations == 0) {
            reasons.add(REGISTRATION);
        }
        if (interimDue != null && today.isAfter(interimDue) && !interimReported) {
            reasons.add(INTERIM_REPORT);
        }
        if (finalDue != null && today.isAfter(finalDue) && !finalReported) {
            reasons.add(FINAL_REPORT);
        }
        return reasons;
    }
}
