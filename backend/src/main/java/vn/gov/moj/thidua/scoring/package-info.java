/**
 * Scoring (chấm điểm thi đua): yearly criteria templates per period and target group, the score sheet each
 * unit fills in for its cluster (self-score → certification → cluster verification → lock), and the cluster
 * ranking computed in one set-based query. Reads {@code org} for units, clusters and periods.
 */
package vn.gov.moj.thidua.scoring;
