/**
 * The home inbox: one call returning the caller's to-do items across campaigns, scoring, voting and nominations,
 * computed from their roles and unit, each with its deadline, an overdue flag and the SPA route to act on it.
 * Read-only; nothing depends on this package.
 * Entry points: {@code InboxResource}, {@code InboxService}.
 */
package vn.gov.moj.thidua.inbox;
