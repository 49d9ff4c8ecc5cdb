/**
 * Nominations (hồ sơ đề nghị khen thưởng): dossiers, the eligibility engine that checks them against the law in
 * force on their date, council review, decisions and the awards ledger. Reads voting results only through
 * voting's narrow interface.
 * Entry points: {@code NominationResource}, {@code DecisionResource}, {@code AwardResource}, {@code InitiativeResource},
 * {@code PersonRecordsResource}, {@code NotificationResource}, {@code ClusterProposalResource} (the cluster's proposal),
 * {@code ClusterQuotaResource} (flags per cluster), {@code DossierWithdrawalResource} and their services; reads: {@code DossierReads} (the inbox),
 * {@code AwardReads} (reports).
 */
package vn.gov.moj.thidua.nomination;
