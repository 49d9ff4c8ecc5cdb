package vn.gov.moj.thidua.common.problem;

import java.util.List;
import java.util.Locale;

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
    /** The detail as a catalogue message (rendered in the caller's language), or null for a fixed English detail. */
    private Text text;
    private List<FieldText> fieldTexts;

    /** A field's problem as a catalogue message. */
    public record FieldText(String field, Text message) {
    }

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

    /** A problem whose detail is a catalogue message. */
    public static ApiProblem of(int status, String type, String title, Text detail) {
        return new ApiProblem(status, type, title, english(detail)).withText(detail);
    }

    /** A problem with a catalogue detail, fields' problems as catalogue messages and the object's state. */
    public static ApiProblem of(int status, String type, String title, Text detail, List<FieldText> fields,
            String currentState, List<String> allowedActions) {
        ApiProblem problem = new ApiProblem(status, type, title, english(detail), englishErrors(fields), currentState, allowedActions)
                .withText(detail);
        problem.fieldTexts = List.copyOf(fields);
        return problem;
    }

    /** The English rendering, for logs and {@link #getMessage()}; the answer is rendered in the caller's language. */
    private static String english(Text text) {
        return ProblemTexts.render(text, Locale.ENGLISH);
    }

    private static List<Problem.FieldError> englishErrors(List<FieldText> fields) {
        return fields.stream().map(f -> new Problem.FieldError(f.field(), english(f.message()))).toList();
    }

    public static ApiProblem notFound(String what, Object id) {
        return new ApiProblem(404, "/problems/not-found", "Not found", what + " " + id + " does not exist or is not visible to you")
                .withText(Text.of("detail.not-found", Text.of("thing." + what.replace(' ', '-')), id));
    }

    public static ApiProblem invalidField(String field, String message) {
        return new ApiProblem(400, "/problems/validation", "Invalid request", field + ": " + message,
                List.of(new Problem.FieldError(field, message)), null, null);
    }

    /** A field's problem as a catalogue message; the detail names the field in words. */
    public static ApiProblem invalidField(String field, Text message) {
        return invalidFields(List.of(new FieldText(field, message)));
    }

    /** Several fields' problems at once, each a catalogue message. */
    public static ApiProblem invalidFields(List<FieldText> fields) {
        List<Problem.FieldError> english = englishErrors(fields);
        ApiProblem problem = new ApiProblem(400, "/problems/validation", "Invalid request",
                ProblemTexts.fieldsDetail(english, Locale.ENGLISH), english, null, null);
        problem.fieldTexts = List.copyOf(fields);
        return problem;
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(409, "/problems/conflict", "Conflict", detail);
    }

    public static ApiProblem conflict(Text detail) {
        return of(409, "/problems/conflict", "Conflict", detail);
    }

    public static ApiProblem illegalTransition(String entity, String currentState, String action, List<String> allowed) {
        return new ApiProblem(409, "/problems/illegal-transition", "Illegal state change",
                entity + " in state " + currentState + " does not allow '" + action + "'; allowed: " + allowed,
                null, currentState, allowed)
                .withText(Text.of("detail.illegal-transition", Text.of("thing." + entity.replace(' ', '-')),
                        Text.of("state." + currentState), Text.of("action." + action),
                        new Words(allowed.stream().map(a -> Text.of("action." + a)).toList())));
    }

    /** A list of catalogue words, rendered joined by commas ("nộp, trả lại"). */
    public record Words(List<Text> items) {
    }

    /** 429, with the seconds after which a retry is accepted (sent as Retry-After). */
    public static ApiProblem tooManyRequests(long retryAfterSeconds, String detail) {
        ApiProblem problem = new ApiProblem(429, "/problems/rate-limited", "Too many requests", detail);
        problem.retryAfterSeconds = retryAfterSeconds;
        return problem;
    }

    /** 429 with a catalogue detail. */
    public static ApiProblem tooManyRequests(long retryAfterSeconds, Text detail) {
        ApiProblem problem = of(429, "/problems/rate-limited", "Too many requests", detail);
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

    public static ApiProblem forbidden(Text detail) {
        return of(403, "/problems/forbidden", "Forbidden", detail);
    }

    public static ApiProblem preconditionFailed(String detail) {
        return new ApiProblem(412, "/problems/stale-version", "Precondition failed", detail);
    }

    public static ApiProblem preconditionFailed(Text detail) {
        return of(412, "/problems/stale-version", "Precondition failed", detail);
    }

    public static ApiProblem preconditionRequired() {
        return new ApiProblem(428, "/problems/if-match-required", "Precondition required",
                "This update needs an If-Match header carrying the ETag from your last read")
                .withText(Text.of("detail.if-match-required"));
    }

    /**
     * What this problem says as catalogue messages, to be repeated elsewhere (an import names a row's problems):
     * each field's message, or else the detail alone (field null). A fixed text is kept as it is.
     */
    public List<FieldText> messages() {
        if (fieldTexts != null && !fieldTexts.isEmpty()) {
            return fieldTexts;
        }
        if (errors != null && !errors.isEmpty()) {
            return errors.stream().map(e -> new FieldText(e.field(), Text.of("detail.as-is", e.message()))).toList();
        }
        return List.of(new FieldText(null, text != null ? text : Text.of("detail.as-is", getMessage())));
    }

    private ApiProblem withText(Text detail) {
        this.text = detail;
        return this;
    }

    public int status() {
        return status;
    }

    public Problem toProblem(String instance) {
        return new Problem(type, title, status, getMessage(), instance, errors, currentState, allowedActions);
    }

    /** The problem in the caller's language: catalogue texts rendered, a fixed English detail kept as it is. */
    public Problem toProblem(String instance, Locale locale) {
        String localTitle = ProblemTexts.title(type, title, locale);
        if (fieldTexts != null) {
            List<Problem.FieldError> local = fieldTexts.stream()
                    .map(f -> new Problem.FieldError(f.field(), ProblemTexts.render(f.message(), locale))).toList();
            String detail = text != null ? ProblemTexts.render(text, locale) : ProblemTexts.fieldsDetail(local, locale);
            return new Problem(type, localTitle, status, detail, instance, local, currentState, allowedActions);
        }
        String detail = text != null ? ProblemTexts.render(text, locale) : getMessage();
        return new Problem(type, localTitle, status, detail, instance, errors, currentState, allowedActions);
    }
}
