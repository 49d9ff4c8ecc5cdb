package vn.gov.moj.thidua.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.gov.moj.thidua.catalog.AwardSubject;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;

/**
 * Registration rules (Law 2022 Arts. 21–28 set who each title is for: individuals or collectives; since the
 * 2022 law registration is planning data, Luật 06/2022/QH15 Điều 7 and 10; docs/domain.md): the subject must fit the award
 * type, registration happens inside an open campaign's window, and the state machine is
 * DRAFT → SUBMITTED → APPROVED | RETURNED(reason) → SUBMITTED.
 */
public final class RegistrationPolicy {

    private static final Map<RegistrationStatus, List<RegistrationAction>> ALLOWED = Map.of(
            RegistrationStatus.DRAFT, List.of(RegistrationAction.EDIT, RegistrationAction.SUBMIT),
            RegistrationStatus.SUBMITTED, List.of(RegistrationAction.APPROVE, RegistrationAction.RETURN),
            RegistrationStatus.RETURNED, List.of(RegistrationAction.EDIT, RegistrationAction.SUBMIT),
            RegistrationStatus.APPROVED, List.of());

    private RegistrationPolicy() {
    }

    public static List<RegistrationAction> allowed(RegistrationStatus status) {
        return ALLOWED.get(status);
    }

    /** The allowed actions by their API names, as a registration's view and a 409 problem list them. */
    public static List<String> allowedActions(RegistrationStatus status) {
        return allowed(status).stream().map(RegistrationAction::apiName).toList();
    }

    /** @throws ApiProblem 400 naming personId when a person is registered for a collective title or a unit for an individual one */
    public static void requireSubjectFits(AwardSubject subject, boolean forPerson, String awardName) {
        if (forPerson && !subject.admitsPerson()) {
            throw ApiProblem.invalidField("personId", Text.of("campaign.collective-award", awardName));
        }
        if (!forPerson && !subject.admitsCollective()) {
            throw ApiProblem.invalidField("personId", Text.of("campaign.individual-award", awardName));
        }
    }

    /** @throws ApiProblem 409 when the campaign does not take registrations on {@code today} */
    public static void requireOpen(CampaignStatus status, LocalDate opens, LocalDate closes, LocalDate today) {
        requireOpen(status, opens, closes, today, false);
    }

    /**
     * @param day today, or the day entered for a registration entered as history ({@code history}); the refusal then
     *            speaks of the day entered, not of today
     * @throws ApiProblem 409 when the campaign does not take registrations on {@code day}
     */
    public static void requireOpen(CampaignStatus status, LocalDate opens, LocalDate closes, LocalDate day, boolean history) {
        if (!CampaignWorkflow.acceptsRegistrations(status)) {
            throw ApiProblem.conflict(Text.of("campaign.registrations-not-taken", Text.of("state." + status.name())));
        }
        if (day.isBefore(opens) || day.isAfter(closes)) {
            throw ApiProblem.conflict(Text.of(history ? "campaign.registration-window-history" : "campaign.registration-window", opens, closes, day));
        }
    }

    /**
     * The day a registration is judged on: today; or, for one entered as history (registeredOn given), the day it was
     * made then — only once the campaign's period has ended, since a live period keeps every check.
     *
     * @throws ApiProblem 409 when history is entered into a period that has not ended
     */
    public static LocalDate judgedOn(LocalDate registeredOn, LocalDate periodEnd, LocalDate today) {
        if (registeredOn == null) {
            return today;
        }
        if (!periodEnd.isBefore(today)) {
            throw ApiProblem.conflict(Text.of("campaign.history-into-live-period", periodEnd));
        }
        return registeredOn;
    }

    /** @throws ApiProblem 409 listing the allowed actions when {@code action} is not allowed in {@code status} */
    public static RegistrationStatus next(RegistrationStatus status, RegistrationAction action) {
        if (!allowed(status).contains(action)) {
            throw ApiProblem.illegalTransition("Registration", status.name(), action.apiName(), allowedActions(status));
        }
        return switch (action) {
            case SUBMIT -> RegistrationStatus.SUBMITTED;
            case APPROVE -> RegistrationStatus.APPROVED;
            case RETURN -> RegistrationStatus.RETURNED;
            default -> status;
        };
    }
}
