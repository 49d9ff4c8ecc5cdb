package vn.gov.moj.thidua.common.paging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        }
        return this;
    }

    public <E> Page<E> page(PanacheRepositoryBase<E, ?> repository, PageParams paging, Map<String, String> sortable, String defaultSort) {
        String where = clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
        PanacheQuery<E> query = repository.find(where, sort(paging.sort, sortable, defaultSort), params);
        List<E> items = query.page(io.quarkus.panache.common.Page.of(paging.page, paging.size)).list();
        long total = clauses.isEmpty() && countedTable != null ? keptCount(repository) : query.count();
        return new Page<>(items, paging.page, paging.size, total);
    }

    private long keptCount(PanacheRepositoryBase<?, ?> repository) {
        Object n = repository.getEntityManager().createNativeQuery("SELECT n FROM row_count WHERE table_name = :table")
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
