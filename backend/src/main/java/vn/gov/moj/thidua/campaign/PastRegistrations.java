package vn.gov.moj.thidua.campaign;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.org.EmulationPeriod;
import vn.gov.moj.thidua.org.HistoryEntryPolicy;
import vn.gov.moj.thidua.org.PastPeriods;

/**
 * The secretariat enters a registration of an ended period on the unit's behalf. Every check of a registration that
 * does not depend on today holds (award type, subject, the unit's person, a target unit, no duplicate); the
 * registration window and the campaign's state, which the year has long passed, are not checked. It is recorded as
 * APPROVED, dated the day it was made then, and marked with who entered it.
 */
@ApplicationScoped
public class PastRegistrations {

    @Inject
    PastPeriods past;

    @Inject
    CampaignAccess campaigns;

    @Inject
    RegistrationService service;

    @Inject
    RegistrationRepository registrations;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public RegistrationView enter(UUID periodId, PastRegistrationRequest request) {
        EmulationPeriod period = past.openToHistory(periodId);
        Campaign campaign = campaigns.findVisible(request.campaignId());
        HistoryEntryPolicy.requireSamePeriod(campaign.periodId, period.id, period.label);
        if (campaign.status == CampaignStatus.DRAFT) {
            throw ApiProblem.conflict(Text.of("campaign.registrations-not-taken", Text.of("state." + campaign.status.name())));
        }
        LocalDate on = request.registeredOn() == null ? campaign.startDate : request.registeredOn();
        if (on.isBefore(campaign.startDate) || on.isAfter(campaign.endDate)) {
            throw ApiProblem.invalidField("registeredOn", Text.of("history.day-outside-campaign", on, campaign.startDate, campaign.endDate));
        }
        Registration r = new Registration();
        r.campaignId = campaign.id;
        r.unitId = request.unitId();
        r.createdBy = past.enteredBy();
        service.apply(campaign, r, new RegistrationRequest(request.awardTypeId(), request.personId(), request.unitId(),
                request.commitments(), on));
        r.registeredOn = on;
        r.enteredBy = past.enteredBy();
        r.status = RegistrationStatus.APPROVED;
        r.submittedAt = Instant.now(clock);
        r.decidedAt = r.submittedAt;
        registrations.persistAndFlush(r);
        audit.transition("Registration", r.id, "enter-history", null, r.status, null,
                Map.of("campaignId", campaign.id.toString(), "registeredOn", on.toString(), "enteredBy", r.enteredBy));
        return service.view(r);
    }
}
