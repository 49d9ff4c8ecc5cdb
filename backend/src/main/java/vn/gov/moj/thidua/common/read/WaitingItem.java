package vn.gov.moj.thidua.common.read;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Query;

/**
 * One object waiting on someone, as a capability's read interface reports it for the home inbox: the object's id,
 * a title and optional detail to show, and its deadline if it has one.
 */
public record WaitingItem(UUID id, String title, String detail, LocalDate due) {

    /** From a native-query row (id, title, detail, due). */
    public static WaitingItem of(Object[] row) {
        return new WaitingItem((UUID) row[0], (String) row[1], (String) row[2], date(row[3]));
    }

    /** Up to {@code limit} rows of a native query selecting (id, title, detail, due). */
    @SuppressWarnings("unchecked")
    public static List<WaitingItem> list(Query query, int limit) {
        return ((List<Object[]>) query.setMaxResults(limit).getResultList()).stream().map(WaitingItem::of).toList();
    }

    /** A SQL date column as read by Hibernate (java.sql.Date or LocalDate, by dialect and column). */
    public static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
