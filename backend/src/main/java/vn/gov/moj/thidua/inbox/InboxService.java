package vn.gov.moj.thidua.inbox;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.gov.moj.thidua.campaign.CampaignReads;
import vn.gov.moj.thidua.catalog.HolidayReads;
import vn.gov.moj.thidua.common.read.WaitingItem;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.common.security.Roles;
import vn.gov.moj.thidua.common.time.WorkingDays;
import vn.gov.moj.thidua.inbox.InboxItem.Kind;
import vn.gov.moj.thidua.nomination.DossierReads;
import vn.gov.moj.thidua.nomination.NominationStatus;
import vn.gov.moj.thidua.org.OrgReads;
import vn.gov.moj.thidua.scoring.ScoringReads;
import vn.gov.moj.thidua.voting.VotingPurpose;
import vn.gov.moj.thidua.voting.VotingReads;

/**
 * Builds the caller's inbox: for each of their roles, what waits on them, asked of each capability's read interface
 * (one set-based query per kind of item); a deadline before today marks the item overdue.
 */
@ApplicationScoped
public class InboxService {

    static final int LIMIT = 100;

    /** Who is asking: their unit (when the source needs one), their login and today. */
    record Caller(UUID unit, String username, LocalDate today) {
    }

    /** One kind of item: the role it waits on, what it points at, and where it comes from. */
    record Source(Kind kind, String role, ObjectType objectType, boolean needsUnit, Function<Caller, List<WaitingItem>> items) {
    }

    @Inject
    CampaignReads campaigns;

    @Inject
    ScoringReads scoring;

    @Inject
    VotingReads voting;

    @Inject
    DossierReads dossiers;

    @Inject
    OrgReads org;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    HolidayReads calendar;

    /** The first day (MM-dd) the statistics report's reminder shows; it shows until 15 December. */
    @ConfigProperty(name = "thidua.statistics.reminder-from", defaultValue = "11-15")
    String reminderFrom;

    /** Every kind of item, by role; each call reads one capability through its read interface. */
    List<Source> sources() {
        return List.of(
                // the unit's TĐKT officer
                unitSource(Kind.CAMPAIGN_TO_REGISTER, Roles.UNIT_OFFICER, ObjectType.CAMPAIGN,
                        c -> campaigns.openForRegistration(c.unit(), c.today(), LIMIT)),
                unitSource(Kind.CAMPAIGN_REPORT_DUE, Roles.UNIT_OFFICER, ObjectType.CAMPAIGN, c -> campaigns.reportsOwed(c.unit(), LIMIT)),
                unitSource(Kind.REGISTRATION_RETURNED, Roles.UNIT_OFFICER, ObjectType.CAMPAIGN,
                        c -> campaigns.returnedRegistrations(c.unit(), LIMIT)),
                unitSource(Kind.SHEET_TO_FILL, Roles.UNIT_OFFICER, ObjectType.SCORE_SHEET, c -> scoring.sheetsToFill(c.unit(), LIMIT)),
                unitSource(Kind.NOMINATION_RETURNED, Roles.UNIT_OFFICER, ObjectType.NOMINATION,
                        c -> dossiers.ofUnit(c.unit(), EnumSet.of(NominationStatus.RETURNED), LIMIT)),
                // the unit's head: what awaits their signature, and their unit's ballot
                unitSource(Kind.REGISTRATIONS_TO_SUBMIT, Roles.UNIT_HEAD, ObjectType.CAMPAIGN,
                        c -> campaigns.registrationsToSubmit(c.unit(), LIMIT)),
                unitSource(Kind.SHEET_TO_SUBMIT, Roles.UNIT_HEAD, ObjectType.SCORE_SHEET, c -> scoring.sheetsToFill(c.unit(), LIMIT)),
                unitSource(Kind.NOMINATION_TO_SUBMIT, Roles.UNIT_HEAD, ObjectType.NOMINATION,
                        c -> dossiers.ofUnit(c.unit(), EnumSet.of(NominationStatus.DRAFT), LIMIT)),
                unitSource(Kind.BALLOT_TO_CAST, Roles.UNIT_HEAD, ObjectType.BALLOT,
                        c -> voting.ballotsAwaiting(VotingPurpose.CLUSTER_ELECTION, c.unit().toString(), LIMIT)),
                // the cluster lead (head or deputy unit of a cluster)
                unitSource(Kind.SHEET_TO_VERIFY, Roles.CLUSTER_LEAD, ObjectType.SCORE_SHEET,
                        c -> scoring.sheetsToVerify(org.clustersLedBy(c.unit()), c.unit(), LIMIT)),
                unitSource(Kind.SHEET_TO_LOCK, Roles.CLUSTER_LEAD, ObjectType.SCORE_SHEET,
                        c -> scoring.sheetsToLock(org.clustersLedBy(c.unit()), c.unit(), LIMIT)),
                unitSource(Kind.SESSION_TO_RUN, Roles.CLUSTER_LEAD, ObjectType.VOTING_SESSION,
                        c -> voting.clusterSessionsToRun(org.clustersLedBy(c.unit()), LIMIT)),
                // the secretariat's queues
                source(Kind.CAMPAIGN_TO_LAUNCH, Roles.SECRETARIAT, ObjectType.CAMPAIGN, c -> campaigns.draftsToLaunch(LIMIT)),
                source(Kind.REGISTRATIONS_TO_APPROVE, Roles.SECRETARIAT, ObjectType.CAMPAIGN, c -> campaigns.registrationsToApprove(LIMIT)),
                source(Kind.CLUSTER_WITHOUT_HEAD, Roles.SECRETARIAT, ObjectType.CLUSTER, c -> org.clustersWithoutHead(c.today(), LIMIT)),
                source(Kind.SHEET_TO_CERTIFY, Roles.SECRETARIAT, ObjectType.SCORE_SHEET, c -> scoring.sheetsToCertify(LIMIT)),
                source(Kind.NOMINATION_TO_RECEIVE, Roles.SECRETARIAT, ObjectType.NOMINATION,
                        c -> dossiers.inStates(EnumSet.of(NominationStatus.SUBMITTED), LIMIT)),
                source(Kind.NOMINATION_TO_APPRAISE, Roles.SECRETARIAT, ObjectType.NOMINATION,
                        c -> dossiers.inStates(EnumSet.of(NominationStatus.RECEIVED, NominationStatus.APPRAISING), LIMIT)),
                source(Kind.NOMINATION_IN_PUBLIC_COMMENT, Roles.SECRETARIAT, ObjectType.NOMINATION,
                        c -> dossiers.inStates(EnumSet.of(NominationStatus.PUBLIC_COMMENT), LIMIT)),
                source(Kind.DECISION_TO_ISSUE, Roles.SECRETARIAT, ObjectType.NOMINATION,
                        c -> dossiers.inStates(EnumSet.of(NominationStatus.APPROVED), LIMIT)),
                source(Kind.SESSION_TO_RUN, Roles.SECRETARIAT, ObjectType.VOTING_SESSION, c -> voting.councilSessionsToRun(LIMIT)),
                source(Kind.STATISTICS_REPORT_DUE, Roles.SECRETARIAT, ObjectType.STATISTICS_REPORT,
                        c -> StatisticsReminderPolicy.reminder(c.today(), MonthDay.parse("--" + reminderFrom.strip())).stream().toList()),
                // council members
                source(Kind.AGENDA_ITEM, Roles.COUNCIL_MEMBER, ObjectType.NOMINATION,
                        c -> dossiers.inStates(EnumSet.of(NominationStatus.ON_AGENDA), LIMIT)),
                source(Kind.BALLOT_TO_CAST, Roles.COUNCIL_MEMBER, ObjectType.BALLOT,
                        c -> voting.ballotsAwaiting(VotingPurpose.COUNCIL_REVIEW, c.username(), LIMIT)));
    }

    public Inbox inbox() {
        LocalDate today = LocalDate.now(clock);
        Optional<UUID> unit = user.unitId();
        Caller caller = new Caller(unit.orElse(null), user.username(), today);
        List<InboxItem> items = new ArrayList<>();
        WorkingDays days = calendar.workingDays();
        for (Source source : sources()) {
            if (!user.hasRole(source.role()) || (source.needsUnit() && unit.isEmpty())) {
                continue;
            }
            for (WaitingItem w : source.items().apply(caller)) {
                items.add(new InboxItem(source.kind(), source.role(), source.objectType().name, w.id(), w.title(), w.detail(), w.due(),
                        w.due() != null && w.due().isBefore(today), w.due() == null ? null : days.between(today, w.due()),
                        source.objectType().route(w.id())));
            }
        }
        items.sort(Comparator.comparing((InboxItem i) -> !i.overdue())
                .thenComparing(InboxItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(InboxItem::title));
        return new Inbox(today, user.roles(), unit.orElse(null), items.size(), (int) items.stream().filter(InboxItem::overdue).count(),
                items);
    }

    private static Source source(Kind kind, String role, ObjectType type, Function<Caller, List<WaitingItem>> items) {
        return new Source(kind, role, type, false, items);
    }

    private static Source unitSource(Kind kind, String role, ObjectType type, Function<Caller, List<WaitingItem>> items) {
        return new Source(kind, role, type, true, items);
    }
}
