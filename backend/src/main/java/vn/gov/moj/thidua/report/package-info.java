/**
 * Reports (báo cáo): read-only, sector-wide views over the other capabilities' records — how far awards reach
 * (level and leader/frontline), campaign participation, scoring per cluster and a unit's multi-year history.
 * Each capability counts its own records through its {@code *Reads} interface; this package shapes them. Nothing
 * depends on it.
 * Entry points: {@code ReportResource}, {@code ReportService}.
 */
package vn.gov.moj.thidua.report;
