package vn.gov.moj.thidua.common.paging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;

/**
 * Builds a filtered, sorted, paged Panache query from optional criteria. Sort fields are whitelisted
 * (API name → entity attribute) so a client cannot sort by, or probe, an arbitrary column.
 */
public final class ListQuery {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();
    private String countedTable;
    private boolean searching;
    private int countCap;

    public ListQuery where(String clause, String param, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            clauses.add(clause);
            params.put(param, value);
        }
        return this;
    }

    /**
     * The entity's table keeps its row count in {@code row_count} (V53): an unfiltered list reads it instead of
     * counting every row.
     */
    public ListQuery countedAs(String table) {
        this.countedTable = table;
        return this;
    }

    public ListQuery whereAlways(String clause) {
        clauses.add(clause);
        return this;
    }

    /** A clause with several parameters (e.g. a visibility rule ORing conditions). */
    public ListQuery whereAll(String clause, Map<String, Object> parameters) {
        clauses.add(clause);
        params.putAll(parameters);
        return this;
    }

    /** Accent- and case-insensitive containment on a column filled by the database's {@code thidua_unaccent}. */
    public ListQuery search(String searchColumn, String q) {
        if (q != null && !q.isBlank()) {
            clauses.add(searchColumn + " like concat('%', function('thidua_unaccent', :q), '%') escape '\\'");
            params.put("q", escapeLike(q.strip()));
            searching = true;
        }
        return this;
    }

    /**
     * A search shorter than {@code minLength} characters (after trimming) is refused (400 on {@code q}): it would match
     * most rows, and no index helps a one-letter substring.
     */
    public ListQuery search(String searchColumn, String q, int minLength) {
        if (q != null && !q.isBlank() && q.strip().codePointCount(0, q.strip().length()) < minLength) {
            throw ApiProblem.invalidField("q", Text.of("common.search-too-short", minLength));
        }
        return search(searchColumn, q);
    }

    /**
     * A search counts its matches up to {@code cap} only (the page then says "more than cap"): counting every match of
     * a common name would cost more than the page itself, and grow with the data.
     */
    public ListQuery capSearchCountAt(int cap) {
        this.countCap = cap;
        return this;
    }

    public <E> Page<E> page(PanacheRepositoryBase<E, ?> repository, PageParams paging, Map<String, String> sortable, String defaultSort) {
        String where = clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
        PanacheQuery<E> query = repository.find(where, sort(paging.sort, sortable, defaultSort), params);
        List<E> items = query.page(io.quarkus.panache.common.Page.of(paging.page, paging.size)).list();
        long total = clauses.isEmpty() && countedTable != null ? keptCount(repository.getEntityManager()) : query.count();
        return new Page<>(items, paging.page, paging.size, total);
    }

    /**
     * A page read as a projection (no entities, no second query for related names): {@code select} is a constructor
     * expression or column list over {@code from}, whose root entity is aliased {@code e}; the clauses and the sortable
     * attributes are written relative to {@code e} (e.g. {@code "e.unitId = :unitId"}, {@code "fullName"}).
     */
    public <R> Page<R> project(EntityManager em, Class<R> type, String select, String from, PageParams paging,
            Map<String, String> sortable, String defaultSort) {
        String where = clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
        String order = orderBy(sort(paging.sort, sortable, defaultSort));
        String root = from.strip().split("\\s+")[0];
        if (searching && countCap > 0) {
            return cappedSearch(em, type, select, from, root, where, order, paging);
        }
        TypedQuery<R> query = em.createQuery("select " + select + " from " + from + where + order, type);
        params.forEach(query::setParameter);
        List<R> items = query.setFirstResult(paging.page * paging.size).setMaxResults(paging.size).getResultList();
        if (clauses.isEmpty() && countedTable != null) {
            return new Page<>(items, paging.page, paging.size, keptCount(em));
        }
        TypedQuery<Long> count = em.createQuery("select count(*) from " + root + " e" + where, Long.class);
        params.forEach(count::setParameter);
        return new Page<>(items, paging.page, paging.size, count.getSingleResult());
    }

    /**
     * A search whose work does not grow with its matches: the ids of at most {@code countCap + 1} matches first (no
     * order, so the database stops after that many), then the page sorted among them. Beyond the cap the pages show
     * {@code countCap} of the matches and say so ({@code totalCapped}): the user narrows the search.
     */
    private <R> Page<R> cappedSearch(EntityManager em, Class<R> type, String select, String from, String root, String where,
            String order, PageParams paging) {
        TypedQuery<Object> matches = em.createQuery("select e.id from " + root + " e" + where, Object.class);
        params.forEach(matches::setParameter);
        List<Object> ids = matches.setMaxResults(countCap + 1).getResultList();
        boolean capped = ids.size() > countCap;
        List<Object> kept = capped ? ids.subList(0, countCap) : ids;
        List<R> items = kept.isEmpty() ? List.of()
                : em.createQuery("select " + select + " from " + from + " where e.id in :ids" + order, type)
                        .setParameter("ids", kept)
                        .setFirstResult(paging.page * paging.size).setMaxResults(paging.size).getResultList();
        return new Page<>(items, paging.page, paging.size, kept.size(), capped);
    }

    private static String orderBy(Sort sort) {
        StringBuilder order = new StringBuilder();
        for (Sort.Column column : sort.getColumns()) {
            order.append(order.isEmpty() ? " order by " : ", ").append("e.").append(column.getName())
                    .append(column.getDirection() == Sort.Direction.Descending ? " desc" : "");
        }
        return order.toString();
    }

    private long keptCount(EntityManager em) {
        Object n = em.createNativeQuery("SELECT n FROM row_count WHERE table_name = :table")
                .setParameter("table", countedTable)
                .getSingleResult();
        return ((Number) n).longValue();
    }

    static Sort sort(String requested, Map<String, String> sortable, String defaultSort) {
        String spec = requested == null || requested.isBlank() ? defaultSort : requested;
        Sort sort = null;
        for (String part : spec.split(",")) {
            String token = part.strip();
            if (token.isEmpty()) {
                continue;
            }
            boolean descending = token.startsWith("-");
            String name = descending || token.startsWith("+") ? token.substring(1) : token;
            String attribute = sortable.get(name);
            if (attribute == null) {
                throw ApiProblem.invalidField("sort", Text.of("common.sort", name, String.join(", ", sortable.keySet().stream().sorted().toList())));
            }
            Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
            sort = sort == null ? Sort.by(attribute, direction) : sort.and(attribute, direction);
        }
        // A unique tie-breaker keeps pages stable.
        return sort == null ? Sort.by("id") : sort.and("id");
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
