package vn.gov.moj.thidua.voting;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.gov.moj.thidua.common.security.RateLimiter;

/**
 * The casting rate limit, keyed so that {@code rate_limit_window} names no one: the bucket is the session and a keyed
 * pseudonym of the caller (HMAC under the server's secret), and the session's buckets are deleted when it closes.
 */
@ApplicationScoped
public class BallotLimit {

    @Inject
    RateLimiter limiter;

    @Inject
    ServerGuardian guardian;

    public void hit(UUID sessionId, String username, int perMinute) {
        limiter.hit(bucket(sessionId, username), perMinute, 60);
    }

    public String bucket(UUID sessionId, String username) {
        return prefix(sessionId) + guardian.pseudonym("ballot-limit:" + sessionId, username);
    }

    /** Forgets every window of the session's casts. */
    public void forget(UUID sessionId) {
        limiter.forget(prefix(sessionId));
    }

    private static String prefix(UUID sessionId) {
        return "ballot:" + sessionId + ":";
    }
}
