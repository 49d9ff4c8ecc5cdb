package vn.gov.moj.thidua.org;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Read-side helpers over units for every capability: names in one query, and the lineage through mergers. */
@ApplicationScoped
public class UnitDirectory {

    @Inject
    EntityManager em;

    /** Names of the given units in one query (no N+1 when rendering a page). */
    public Map<UUID, String> namesOf(Collection<UUID> ids) {
        List<UUID> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        Map<UUID, String> names = new HashMap<>();
        if (wanted.isEmpty()) {
            return names;
        }
        em.createQuery("select u.id, u.name from Unit u where u.id in :ids", Object[].class)
                .setParameter("ids", wanted)
                .getResultList()
                .forEach(row -> names.put((UUID) row[0], (String) row[1]));
        return names;
    }

    public String nameOf(UUID id) {
        return id == null ? null : namesOf(List.of(id)).get(id);
    }

    /** The unit and every unit merged into it, directly or through earlier mergers. */
    @SuppressWarnings("unchecked")
    public List<UUID> lineageOf(UUID unitId) {
        return em.createNativeQuery("""
                WITH RECURSIVE lineage(id) AS (
                    SELECT CAST(?1 AS uuid)
                    UNION
                    SELECT u.id FROM unit u JOIN lineage l ON u.successor_id = l.id
                )
                SELECT id FROM lineage""", UUID.class)
                .setParameter(1, unitId)
                .getResultList();
    }
}
