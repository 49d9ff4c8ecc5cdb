package vn.gov.moj.thidua.common.security;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

import vn.gov.moj.thidua.common.problem.ApiProblem;

/**
 * Fixed-window rate limits kept in PostgreSQL, so they hold across every backend instance sharing the database
 * (no in-memory counters). One upsert per request counts the hit and returns the window's total atomically.
 * Counted in a transaction of its own, committed before the answer: a refused or failed request still counts.
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
        long now = Instant.now().getEpochSecond();
        long start = now - Math.floorMod(now, windowSeconds);
        int hits = QuarkusTransaction.requiringNew().call(() -> count(bucket, Instant.ofEpochSecond(start)));
        if (hits > limit) {
            long retryAfter = Math.max(1, start + windowSeconds - now);
            throw ApiProblem.tooManyRequests(retryAfter,
                    "Too many requests: at most " + limit + " per " + windowSeconds + " s; retry after " + retryAfter + " s");
        }
    }

    private int count(String bucket, Instant windowStart) {
        Number hits = (Number) em.createNativeQuery("""
                INSERT INTO rate_limit_window (bucket, window_start, hits) VALUES (:bucket, :start, 1)
                ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_window.hits + 1
                RETURNING hits""")
                .setParameter("bucket", bucket)
                .setParameter("start", windowStart)
                .getSingleResult();
        if (hits.intValue() == 1) {
            em.createNativeQuery("DELETE FROM rate_limit_window WHERE bucket = :bucket AND window_start < :start")
                    .setParameter("bucket", bucket).setParameter("start", windowStart).executeUpdate();
        }
        return hits.intValue();
    }
}
