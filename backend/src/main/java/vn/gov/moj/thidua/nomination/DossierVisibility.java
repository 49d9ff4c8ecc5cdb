package vn.gov.moj.thidua.nomination;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.gov.moj.thidua.common.paging.ListQuery;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.common.security.Roles;

/**
 * Who may see which dossier — one rule for the single read and the list: a unit's people see their unit's dossiers;
 * the secretariat all; the council those on the agenda and later; viewers the decided ones; everyone those open for
 * public comment.
 */
@ApplicationScoped
public class DossierVisibility {

    @Inject
    NominationRepository nominations;

    @Inject
    CurrentUser user;

    @Inject
    vn.gov.moj.thidua.org.UnitDirectory directory;

    /**
     * What one caller sees: everything, or the dossiers in {@code statuses} plus those proposed by {@code ownUnit}.
     * {@link #admits} and {@link #restrict} are the same rule, in memory and as a query predicate.
     */
    record Scope(boolean all, Set<NominationStatus> statuses, UUID ownUnit, List<UUID> recusedUnits) {

        Scope(boolean all, Set<NominationStatus> statuses, UUID ownUnit) {
            this(all, statuses, ownUnit, List.of());
        }

        boolean admits(Nomination n) {
            if (all || (ownUnit != null && ownUnit.equals(n.unitId))) {
                return true;
            }
            // a council member of the proposing or nominated unit stands aside until the result (RecusalPolicy)
            boolean recused = RecusalPolicy.beforeResult(n.status)
                    && RecusalPolicy.recused(recusedUnits, null, n.unitId, n.nomineeUnitId, n.personId);
            return statuses.contains(n.status) && !recused;
        }

        void restrict(ListQuery query) {
            if (all) {
                return;
            }
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("visibleStatuses", List.copyOf(statuses));
            String clause = "status in :visibleStatuses";
            if (!recusedUnits.isEmpty()) {
                clause = "(status in :visibleStatuses and not (status in :beforeResult and (unitId in :recused or coalesce(nomineeUnitId, unitId) in :recused)))";
                params.put("beforeResult", List.of(NominationStatus.ON_AGENDA, NominationStatus.COUNCIL_VOTED));
                params.put("recused", recusedUnits);
            }
            if (ownUnit != null) {
                clause += " or unitId = :ownUnit";
                params.put("ownUnit", ownUnit);
            }
            query.whereAll("(" + clause + ")", params);
        }
    }

    /** The caller's scope. */
    Scope scope() {
        if (user.hasAnyRole(List.of(Roles.SECRETARIAT, Roles.ADMIN))) {
            return new Scope(true, Set.of(), null);
        }
        Set<NominationStatus> statuses = EnumSet.of(NominationStatus.PUBLIC_COMMENT);
        if (user.hasRole(Roles.COUNCIL_MEMBER)) {
            Arrays.stream(NominationStatus.values()).filter(NominationWorkflow::onAgendaOrLater).forEach(statuses::add);
        }
        if (user.hasAnyRole(List.of(Roles.VIEWER, Roles.INTEGRATION))) {
            statuses.addAll(List.of(NominationStatus.DECIDED, NominationStatus.REVOKED));
        }
        UUID own = user.hasAnyRole(List.of(Roles.UNIT_OFFICER, Roles.UNIT_HEAD, Roles.CLUSTER_LEAD)) ? user.unitId().orElse(null) : null;
        List<UUID> recused = user.hasRole(Roles.COUNCIL_MEMBER) && user.unitId().isPresent()
                ? directory.lineageOf(user.unitId().get()) : List.of();
        return new Scope(false, Set.copyOf(statuses), own, recused);
    }

    /** A dossier the caller may see; @throws ApiProblem 404 otherwise (not 403: its existence is not disclosed). */
    Nomination findVisible(UUID id) {
        Nomination n = nominations.findById(id);
        if (n == null || !scope().admits(n)) {
            throw ApiProblem.notFound("Nomination", id);
        }
        return n;
    }

    /** A dossier of the caller's own unit, for its officer or head to change; another unit's is not found. */
    Nomination findOwn(UUID id) {
        Nomination n = nominations.findById(id);
        if (n == null || !user.belongsTo(n.unitId)) {
            throw ApiProblem.notFound("Nomination", id);
        }
        return n;
    }
}
