package vn.gov.moj.thidua.report.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One record a form counts (a campaign or a ledger row), with the row codes and column keys it counts in: it adds 1 to
 * every cell (row, column) with row in rows and column in columns. A cell's drill-down is the facts counted in it.
 *
 * @param missing what could not be classified ("phương thức khen thưởng", …): the record then counts in no row of that group
 */
record StatisticsFact(UUID id, String kind, String label, String detail, LocalDate date, Set<String> rows, Set<String> columns,
        List<String> missing) {

    boolean countsIn(String row, String column) {
        return rows.contains(row) && columns.contains(column);
    }
}
