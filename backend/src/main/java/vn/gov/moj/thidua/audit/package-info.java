/**
 * The audit trail: who changed what, when, from which state to which, and why. Every capability records
 * its state changes here inside its own transaction. Never used for ballots' contents or voters' choices.
 * Entry points: {@code AuditResource}, {@code AuditService}; capabilities write through {@code AuditTrail}.
 */
package vn.gov.moj.thidua.audit;
