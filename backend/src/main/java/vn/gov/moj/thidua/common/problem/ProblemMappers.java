package vn.gov.moj.thidua.common.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

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
import com.fasterxml.jackson.databind.JsonMappingException;
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
    public Response apiProblem(ApiProblem e, UriInfo uri) {
        if (e.retryAfterSeconds() != null) {
            return Response.status(e.status()).type(PROBLEM_JSON).header("Retry-After", String.valueOf(e.retryAfterSeconds()))
                    .entity(e.toProblem(path(uri))).build();
        }
        return respond(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(new Problem("/problems/validation", "Invalid request", 400, detail, path(uri), errors, null, null));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return respond(jsonProblem(e, path(uri)));
    }

    // Jackson's built-in mappers are registered for these exact classes; ours must match them exactly to win.
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response jsonMismatch(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response jsonFormat(InvalidFormatException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response jsonUnknownField(UnrecognizedPropertyException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response jsonParse(JsonParseException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem("/problems/forbidden", "Forbidden", 403,
                "Your role does not allow this operation", path(uri), null, null, null));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        JsonProcessingException json = causeOf(e, JsonProcessingException.class);
        if (json != null) {
            return respond(jsonProblem(json, path(uri)));
        }
        int status = e.getResponse().getStatus();
        if (e instanceof NotFoundException && e.getCause() != null) {
            // JAX-RS answers 404 when a query parameter cannot be converted; to a client that is a bad request.
            return respond(new Problem("/problems/validation", "Invalid request", 400,
                    "A query or path parameter has an invalid value: " + rootMessage(e.getCause()), path(uri),
                    null, null, null));
        }
        if (status >= 500) {
            return internalError(e, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Request failed";
        String detail = switch (status) {
            case 404 -> "No resource at " + path(uri);
            case 405 -> "Method not allowed on " + path(uri);
            case 406 -> "The requested media type is not available; ask for application/json";
            case 415 -> "Unsupported media type; send application/json";
            case 400 -> e.getMessage() == null || e.getMessage().startsWith("HTTP 400") ? "Malformed request" : e.getMessage();
            default -> e.getMessage();
        };
        Response.ResponseBuilder builder = Response.status(status).type(PROBLEM_JSON)
                .entity(new Problem("/problems/http-" + status, title, status, detail, path(uri), null, null, null));
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (name.equalsIgnoreCase(HttpHeaders.ALLOW)) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        ApiProblem problem = causeOf(e, ApiProblem.class);
        if (problem != null) {
            return apiProblem(problem, uri);
        }
        if (causeOf(e, OptimisticLockException.class) != null || causeOf(e, StaleStateException.class) != null) {
            return respond(ApiProblem.preconditionFailed("Someone else changed this object first; read it again and retry")
                    .toProblem(path(uri)));
        }
        org.hibernate.exception.ConstraintViolationException dbRule = causeOf(e, org.hibernate.exception.ConstraintViolationException.class);
        if (dbRule != null) {
            return respond(ApiProblem.conflict("The change breaks a data rule (" + dbRule.getConstraintName() + ")")
                    .toProblem(path(uri)));
        }
        SQLException sql = causeOf(e, SQLException.class);
        if (sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
            // serialization failure or deadlock between concurrent writers: nothing was written, a retry succeeds
            return Response.status(409).type(PROBLEM_JSON).header("Retry-After", "1")
                    .entity(new Problem("/problems/concurrent-change", "Concurrent change", 409,
                            "The change collided with a concurrent one and was not saved; retry it", path(uri), null, null, null))
                    .build();
        }
        if (causeOf(e, JDBCConnectionException.class) != null || causeOf(e, SQLTransientConnectionException.class) != null
                || isConnectionFailure(causeOf(e, SQLException.class))) {
            LOG.warnf("Database unavailable: %s", e.getMessage());
            return unavailable("/problems/unavailable", "Service unavailable", "The database is not reachable right now; retry shortly", 5, uri);
        }
        if (isPoolExhausted(causeOf(e, SQLException.class))) {
            LOG.warnf("Database connection pool exhausted: %s", e.getMessage());
            return unavailable("/problems/busy", "Service busy", "Every database connection is in use; retry shortly", 2, uri);
        }
        return internalError(e, uri);
    }

    private Response unavailable(String type, String title, String detail, int retryAfterSeconds, UriInfo uri) {
        return Response.status(503).type(PROBLEM_JSON).header("Retry-After", String.valueOf(retryAfterSeconds))
                .entity(new Problem(type, title, 503, detail, path(uri), null, null, null))
                .build();
    }

    private Response internalError(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unhandled error, incident %s", incident);
        return respond(new Problem("/problems/internal", "Internal error", 500,
                "An unexpected error occurred; incident " + incident, path(uri), null, null, null));
    }

    private Response unauthenticated(UriInfo uri) {
        return Response.status(401).type(PROBLEM_JSON).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(new Problem("/problems/unauthenticated", "Unauthenticated", 401,
                        "A valid bearer token is required", path(uri), null, null, null))
                .build();
    }

    static Problem jsonProblem(JsonProcessingException e, String instance) {
        if (e instanceof JsonParseException parse) {
            var loc = parse.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            return new Problem("/problems/malformed-json", "Malformed JSON", 400,
                    "The body is not valid JSON" + where, instance, null, null, null);
        }
        String field = e instanceof JsonMappingException mapping ? fieldPath(mapping) : "";
        String message;
        if (e instanceof UnrecognizedPropertyException unknown) {
            field = field.isEmpty() ? unknown.getPropertyName() : field;
            message = "unknown field (it cannot be set by clients)";
        } else if (e instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
            message = "unknown value '" + format.getValue() + "'; allowed: "
                    + Arrays.toString(format.getTargetType().getEnumConstants());
        } else if (e instanceof InvalidFormatException format) {
            message = "'" + format.getValue() + "' is not a valid " + simpleName(format.getTargetType());
        } else if (e instanceof MismatchedInputException mismatch) {
            message = "wrong type; expected " + simpleName(mismatch.getTargetType());
        } else {
            message = "cannot be read";
        }
        String name = field.isEmpty() ? "body" : field;
        return new Problem("/problems/validation", "Invalid request", 400, name + ": " + message, instance,
                List.of(new Problem.FieldError(name, message)), null, null);
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String simpleName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == UUID.class) {
            return "UUID";
        }
        if (type == java.time.LocalDate.class) {
            return "date (yyyy-MM-dd)";
        }
        return type.getSimpleName();
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
