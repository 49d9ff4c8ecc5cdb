package vn.gov.moj.thidua.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.common.security.RateLimiter;

/**
 * The per-user rate limit of the heavy reports (awards over any span of years, the statistics forms, and their
 * exports), configured once ({@code thidua.rate-limit.heavy-reports-per-minute}) and counted like the imports' limit
 * in PostgreSQL: past it, 429 problem with Retry-After.
 */
@ApplicationScoped
public class HeavyReportLimit {

    @Inject
    RateLimiter limiter;

    @Inject
    CurrentUser caller;

    @ConfigProperty(name = "thidua.rate-limit.heavy-reports-per-minute", defaultValue = "20")
    int perMinute;

    /** Counts one heavy report of the caller. @throws vn.gov.moj.thidua.common.problem.ApiProblem 429 past the limit */
    public void hit() {
        limiter.hit("report:" + caller.username(), perMinute, 60);
    }
}
