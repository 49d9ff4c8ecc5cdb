/**
 * The audit trail: who changed what, when, from which state to which, and why. Every capability records
 * its state changes here inside its own transaction. Never used for ballots' contents or voters' choices.
 */
package vn.gov.moj.thidua.audit;
