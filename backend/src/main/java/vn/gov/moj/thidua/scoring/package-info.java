/**
 * Scoring (chấm điểm thi đua): yearly criteria templates per period and target group, the score sheet each
 * unit fills in for its cluster (self-score → certification → cluster verification → lock), and the cluster
 * ranking computed in one set-based query. Reads {@code org} for units, clusters and periods.
 * Entry points: {@code ScoringTemplateResource}, {@code ScoreSheetResource}, {@code RankingResource} and their services;
 * the inbox and reports read through {@code ScoringReads}.
 */
package vn.gov.moj.thidua.scoring;
