/**
 * Shared plumbing every capability uses and that knows nothing of the domain: RFC 9457 problems, paging and
 * sorting, optimistic-concurrency preconditions, and the caller's identity (roles and unit).
 */
package vn.gov.moj.thidua.common;
