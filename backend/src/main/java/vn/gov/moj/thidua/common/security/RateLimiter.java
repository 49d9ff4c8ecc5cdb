package vn.gov.moj.thidua.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;

/**
 * Fixed-window rate limits kept in PostgreSQL, so they hold across every backend instance sharing the database
 * (no in-memory counters). One upsert per request counts the hit and returns the window's total atomically.
 * Windows are cut by the database's clock, not the instance's: every instance puts a hit in the same window even when
 * their clocks drift apart. Counted in a transaction of its own, committed before the answer: a refused or failed
 * request still counts.
 */
@ApplicationScoped
public class RateLimiter {

    @Inject
    EntityManager em;

    /**
     * Counts one hit of {@code bucket} in the current window of {@code windowSeconds}.
     *
     * @throws ApiProblem 429 with the seconds until the window ends when more than {@code limit} hits were counted
     */
    public void hit(String bucket, int limit, int windowSeconds) {
        Object[] counted = QuarkusTransaction.requiringNew().call(() -> count(bucket, windowSeconds));
        int hits = ((Number) counted[0]).intValue();
        if (hits > limit) {
            long retryAfter = Math.max(1, ((Number) counted[1]).longValue());
            throw ApiProblem.tooManyRequests(retryAfter, Text.of("common.rate-limited", limit, windowSeconds, retryAfter));
        }
    }

    /** Deletes every window of the buckets starting with {@code prefix} (e.g. a closed session's casting limits). */
    public void forget(String prefix) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM rate_limit_window WHERE starts_with(bucket, :prefix)")
                .setParameter("prefix", prefix).executeUpdate());
    }

    /** The window's hits including this one, and the whole seconds until the window ends. */
    private Object[] count(String bucket, int windowSeconds) {
        Object[] row = (Object[]) em.createNativeQuery("""
                INSERT INTO rate_limit_window (bucket, window_start, hits)
                VALUES (:bucket, to_timestamp(floor(extract(epoch FROM clock_timestamp()) / :size) * :size), 1)
                ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_window.hits + 1
                RETURNING hits, ceil(extract(epoch FROM window_start) + :size - extract(epoch FROM clock_timestamp())),
                          window_start""")
                .setParameter("bucket", bucket)
                .setParameter("size", windowSeconds)
                .getSingleResult();
        if (((Number) row[0]).intValue() == 1) {
            em.createNativeQuery("DELETE FROM rate_limit_window WHERE bucket = :bucket AND window_start < :start")
                    .setParameter("bucket", bucket).setParameter("start", row[2]).executeUpdate();
        }
        return row;
    }
}
