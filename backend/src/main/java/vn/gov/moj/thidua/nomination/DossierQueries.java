package vn.gov.moj.thidua.nomination;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.gov.moj.thidua.audit.AuditTrail;
import vn.gov.moj.thidua.audit.HistoryEntry;
import vn.gov.moj.thidua.common.paging.ListQuery;
import vn.gov.moj.thidua.common.paging.Page;
import vn.gov.moj.thidua.common.paging.PageParams;

/** Reading dossiers — the list, one dossier, its eligibility now and its history — within the caller's visibility. */
@ApplicationScoped
public class DossierQueries {

    static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "updatedAt", "updatedAt", "status", "status");

    @Inject
    NominationRepository nominations;

    @Inject
    DossierVisibility visibility;

    @Inject
    DossierViews views;

    @Inject
    EligibilityService eligibility;

    @Inject
    AuditTrail audit;

    public Page<NominationView> list(NominationStatus status, UUID unitId, UUID periodId, UUID awardTypeId, UUID personId,
            UUID nomineeUnitId, PageParams paging) {
        ListQuery query = new ListQuery()
                .countedAs("nomination")
                .where("status = :status", "status", status)
                .where("unitId = :unitId", "unitId", unitId)
                .where("periodId = :periodId", "periodId", periodId)
                .where("awardTypeId = :awardTypeId", "awardTypeId", awardTypeId)
                .where("personId = :personId", "personId", personId)
                .where("nomineeUnitId = :nomineeUnitId", "nomineeUnitId", nomineeUnitId);
        visibility.scope().restrict(query);
        return views.page(query.page(nominations, paging, SORTABLE, "-createdAt"));
    }

    public NominationView get(UUID id) {
        return views.view(visibility.findVisible(id));
    }

    public EligibilityReportView eligibility(UUID id) {
        return eligibility.check(visibility.findVisible(id));
    }

    public List<HistoryEntry> history(UUID id) {
        return audit.historyOf(DossierTransitions.ENTITY, visibility.findVisible(id).id).stream().map(HistoryEntry::of).toList();
    }
}
