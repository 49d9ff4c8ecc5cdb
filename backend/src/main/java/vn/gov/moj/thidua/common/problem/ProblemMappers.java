package vn.gov.moj.thidua.common.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Turns every failure into {@code application/problem+json}; a client mistake is never a 500 and never a stack trace. */
public class ProblemMappers {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem e, UriInfo uri, HttpHeaders headers) {
        Problem problem = e.toProblem(path(uri), language(headers));
        if (e.retryAfterSeconds() != null) {
            return Response.status(e.status()).type(PROBLEM_JSON).header("Retry-After", String.valueOf(e.retryAfterSeconds()))
                    .entity(problem).build();
        }
        return respond(problem);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        // messages come from ValidationMessages(_vi).properties in the request's language (quarkus.locales)
        Locale locale = language(headers);
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return respond(new Problem("/problems/validation", ProblemTexts.title("/problems/validation", "Invalid request", locale),
                400, ProblemTexts.fieldsDetail(errors, locale), path(uri), errors, null, null));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return respond(JsonProblems.of(e, path(uri), language(headers)));
    }

    // Jackson's built-in mappers are registered for these exact classes; ours must match them exactly to win.
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response jsonMismatch(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return json(e, uri, headers);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response jsonFormat(InvalidFormatException e, UriInfo uri, HttpHeaders headers) {
        return json(e, uri, headers);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response jsonUnknownField(UnrecognizedPropertyException e, UriInfo uri, HttpHeaders headers) {
        return json(e, uri, headers);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response jsonParse(JsonParseException e, UriInfo uri, HttpHeaders headers) {
        return json(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
        return unauthenticated(uri, headers);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
        return unauthenticated(uri, headers);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(problem("/problems/forbidden", "Forbidden", 403, Text.of("detail.role-forbidden"), uri, headers));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        ApiProblem cause = causeOf(e, ApiProblem.class);
        if (cause != null) {
            // a parameter converter's refusal (a query date out of range) keeps its own status and words
            return apiProblem(cause, uri, headers);
        }
        JsonProcessingException json = causeOf(e, JsonProcessingException.class);
        if (json != null) {
            return respond(JsonProblems.of(json, path(uri), language(headers)));
        }
        int status = e.getResponse().getStatus();
        if (e instanceof NotFoundException && e.getCause() != null) {
            // JAX-RS answers 404 when a query parameter cannot be converted; to a client that is a bad request.
            return respond(problem("/problems/validation", "Invalid request", 400,
                    Text.of("detail.bad-parameter", rootMessage(e.getCause())), uri, headers));
        }
        if (status >= 500) {
            return internalError(e, uri, headers);
        }
        Locale locale = language(headers);
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = ProblemTexts.lookup("title.http-" + status, locale, known != null ? known.getReasonPhrase() : "Request failed");
        Text detail = switch (status) {
            case 404 -> Text.of("detail.no-resource", path(uri));
            case 405 -> Text.of("detail.method-not-allowed", path(uri));
            case 406 -> Text.of("detail.not-acceptable");
            case 415 -> Text.of("detail.unsupported-media-type");
            case 400 -> e.getMessage() == null || e.getMessage().startsWith("HTTP 400") ? Text.of("detail.malformed-request")
                    : Text.of("detail.as-is", e.getMessage());
            default -> Text.of("detail.as-is", e.getMessage());
        };
        Response.ResponseBuilder builder = Response.status(status).type(PROBLEM_JSON)
                .entity(new Problem("/problems/http-" + status, title, status, ProblemTexts.render(detail, locale), path(uri),
                        null, null, null));
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (name.equalsIgnoreCase(HttpHeaders.ALLOW)) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        ApiProblem problem = causeOf(e, ApiProblem.class);
        if (problem != null) {
            return apiProblem(problem, uri, headers);
        }
        if (causeOf(e, OptimisticLockException.class) != null || causeOf(e, StaleStateException.class) != null) {
            return respond(ApiProblem.preconditionFailed(Text.of("detail.changed-meanwhile")).toProblem(path(uri), language(headers)));
        }
        org.hibernate.exception.ConstraintViolationException dbRule = causeOf(e, org.hibernate.exception.ConstraintViolationException.class);
        if (dbRule != null) {
            return respond(ApiProblem.conflict(Text.of("detail.data-rule", dbRule.getConstraintName()))
                    .toProblem(path(uri), language(headers)));
        }
        SQLException sql = causeOf(e, SQLException.class);
        if (sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
            // serialization failure or deadlock between concurrent writers: nothing was written, a retry succeeds
            return Response.status(409).type(PROBLEM_JSON).header("Retry-After", "1")
                    .entity(problem("/problems/concurrent-change", "Concurrent change", 409, Text.of("detail.concurrent-change"), uri,
                            headers))
                    .build();
        }
        if (causeOf(e, JDBCConnectionException.class) != null || causeOf(e, SQLTransientConnectionException.class) != null
                || isConnectionFailure(causeOf(e, SQLException.class))) {
            LOG.warnf("Database unavailable: %s", e.getMessage());
            return unavailable("/problems/unavailable", "Service unavailable", "detail.database-unreachable", 5, uri, headers);
        }
        if (isPoolExhausted(causeOf(e, SQLException.class))) {
            LOG.warnf("Database connection pool exhausted: %s", e.getMessage());
            return unavailable("/problems/busy", "Service busy", "detail.pool-exhausted", 2, uri, headers);
        }
        return internalError(e, uri, headers);
    }

    private Response unavailable(String type, String title, String detailKey, int retryAfterSeconds, UriInfo uri,
            HttpHeaders headers) {
        return Response.status(503).type(PROBLEM_JSON).header("Retry-After", String.valueOf(retryAfterSeconds))
                .entity(problem(type, title, 503, Text.of(detailKey), uri, headers))
                .build();
    }

    private Response internalError(Throwable e, UriInfo uri, HttpHeaders headers) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unhandled error, incident %s", incident);
        return respond(problem("/problems/internal", "Internal error", 500, Text.of("detail.internal", incident), uri, headers));
    }

    private Response unauthenticated(UriInfo uri, HttpHeaders headers) {
        return Response.status(401).type(PROBLEM_JSON).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(problem("/problems/unauthenticated", "Unauthenticated", 401, Text.of("detail.token-required"), uri, headers))
                .build();
    }

    private static Problem problem(String type, String englishTitle, int status, Text detail, UriInfo uri, HttpHeaders headers) {
        Locale locale = language(headers);
        return new Problem(type, ProblemTexts.title(type, englishTitle, locale), status, ProblemTexts.render(detail, locale),
                path(uri), null, null, null);
    }

    /** The caller's language: English when Accept-Language prefers it, else Vietnamese. */
    static Locale language(HttpHeaders headers) {
        return headers == null ? ProblemTexts.VIETNAMESE : ProblemTexts.languageOf(headers.getAcceptableLanguages());
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        String parameter = null;
        List<String> properties = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                String name = node.getName();
                if (node.getIndex() != null && !properties.isEmpty()) {
                    int last = properties.size() - 1;
                    properties.set(last, properties.get(last) + "[" + node.getIndex() + "]");
                }
                if (name != null && !name.startsWith("<")) {
                    properties.add(name);
                }
            }
        }
        if (!properties.isEmpty()) {
            return String.join(".", properties);
        }
        return parameter != null ? parameter : "body";
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }

    /** Agroal's answer when no pooled connection frees up within the acquisition timeout (it has no SQLState). */
    private static boolean isPoolExhausted(SQLException e) {
        return e != null && e.getMessage() != null && e.getMessage().contains("acquisition timeout");
    }

    private static boolean isConnectionFailure(SQLException e) {
        return e != null && e.getSQLState() != null && e.getSQLState().startsWith("08");
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(PROBLEM_JSON).entity(problem).build();
    }
}
