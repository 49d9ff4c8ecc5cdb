package vn.gov.moj.thidua.common.problem;

import java.util.List;

/**
 * A client-facing failure with its HTTP status; services throw it and {@link ProblemMappers} renders it.
 * Rolls back the surrounding transaction like any runtime exception.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final String currentState;
    private final List<String> allowedActions;
    private Long retryAfterSeconds;

    public ApiProblem(int status, String type, String title, String detail) {
        this(status, type, title, detail, null, null, null);
    }

    public ApiProblem(int status, String type, String title, String detail, List<Problem.FieldError> errors,
            String currentState, List<String> allowedActions) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
        this.currentState = currentState;
        this.allowedActions = allowedActions;
    }

    public static ApiProblem notFound(String what, Object id) {
        return new ApiProblem(404, "/problems/not-found", "Not found", what + " " + id + " does not exist or is not visible to you");
    }

    public static ApiProblem invalidField(String field, String message) {
        return new ApiProblem(400, "/problems/validation", "Invalid request", field + ": " + message,
                List.of(new Problem.FieldError(field, message)), null, null);
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(409, "/problems/conflict", "Conflict", detail);
    }

    public static ApiProblem illegalTransition(String entity, String currentState, String action, List<String> allowed) {
        return new ApiProblem(409, "/problems/illegal-transition", "Illegal state change",
                entity + " in state " + currentState + " does not allow '" + action + "'; allowed: " + allowed,
                null, currentState, allowed);
    }

    /** 429, with the seconds after which a retry is accepted (sent as Retry-After). */
    public static ApiProblem tooManyRequests(long retryAfterSeconds, String detail) {
        ApiProblem problem = new ApiProblem(429, "/problems/rate-limited", "Too many requests", detail);
        problem.retryAfterSeconds = retryAfterSeconds;
        return problem;
    }

    /** Seconds for a Retry-After header, or null. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(403, "/problems/forbidden", "Forbidden", detail);
    }

    public static ApiProblem preconditionFailed(String detail) {
        return new ApiProblem(412, "/problems/stale-version", "Precondition failed", detail);
    }

    public static ApiProblem preconditionRequired() {
        return new ApiProblem(428, "/problems/if-match-required", "Precondition required",
                "This update needs an If-Match header carrying the ETag from your last read");
    }

    public int status() {
        return status;
    }

    public Problem toProblem(String instance) {
        return new Problem(type, title, status, getMessage(), instance, errors, currentState, allowedActions);
    }
}
