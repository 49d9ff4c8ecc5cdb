package vn.gov.moj.thidua.nomination;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import vn.gov.moj.thidua.common.read.WaitingItem;

/** {@link DossierReads} in one query over dossiers, their award type and nominee. */
@ApplicationScoped
public class SqlDossierReads implements DossierReads {

    private static final String DOSSIERS = """
            SELECT n.id, t.name, coalesce(p.full_name, nu.name) || ' — ' || u.name,
                   CASE WHEN n.status = :inComment THEN n.comment_closing_date END
            FROM nomination n JOIN award_type t ON t.id = n.award_type_id JOIN unit u ON u.id = n.unit_id
            LEFT JOIN person p ON p.id = n.person_id LEFT JOIN unit nu ON nu.id = n.nominee_unit_id
            WHERE n.status IN (:statuses)""";

    @Inject
    EntityManager em;

    @Override
    public List<WaitingItem> ofUnit(UUID unitId, Set<NominationStatus> statuses, int limit) {
        return WaitingItem.list(query(DOSSIERS + " AND n.unit_id = :unit", statuses).setParameter("unit", unitId), limit);
    }

    @Override
    public List<WaitingItem> inStates(Set<NominationStatus> statuses, int limit) {
        return WaitingItem.list(query(DOSSIERS, statuses), limit);
    }

    private Query query(String sql, Set<NominationStatus> statuses) {
        return em.createNativeQuery(sql).setParameter("statuses", statuses.stream().map(Enum::name).toList())
                .setParameter("inComment", NominationStatus.PUBLIC_COMMENT.name());
    }
}
