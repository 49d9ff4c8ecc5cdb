/**
 * Reports (báo cáo): read-only, sector-wide views over the other capabilities' records — how far awards reach
 * (level and leader/frontline), campaign participation, scoring per cluster and a unit's multi-year history.
 * Each report is one set-based SQL statement; nothing else depends on this package.
 */
package vn.gov.moj.thidua.report;
