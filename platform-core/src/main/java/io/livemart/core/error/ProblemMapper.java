package io.livemart.core.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an RFC 9457 {@code application/problem+json} answer: domain failures through
 * {@link ProblemStatusMap}, validation failures with the offending fields, authentication and
 * authorisation failures, malformed JSON and unknown routes. Clients never see a stack trace or a class
 * name; unexpected failures are logged here and answered with a bare 500.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final String TYPE_BASE = "https://livemart.io/problems/";

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        Problem problem = of(e, uri.getPath());
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The problem a domain failure is answered with, also for answers written before RESTEasy (a Vert.x route). */
    public static Problem of(DomainException e, String path) {
        ProblemStatusMap.Kind kind = ProblemStatusMap.kindOf(e);
        if (kind.status() >= 500) {
            LOG.warnf("%s %s: %s", kind.status(), path, e.getMessage());
        }
        return new Problem(TYPE_BASE + kind.slug(), kind.title(), kind.status(), e.getMessage(), path, null);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return answer(400, "validation", "Invalid request", detail, uri, errors);
    }

    @ServerExceptionMapper({ JsonProcessingException.class, MismatchedInputException.class, InvalidFormatException.class })
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        String detail = "The request body is not valid JSON.";
        if (e instanceof InvalidFormatException invalid && !invalid.getPath().isEmpty()) {
            detail = "Field '" + path(invalid) + "' has a value of the wrong type or format.";
        } else if (e instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            detail = "Field '" + path(mismatched) + "' has a value of the wrong type.";
        }
        return answer(400, "malformed-body", "Malformed request body", detail, uri, null);
    }

    @ServerExceptionMapper({ AuthenticationFailedException.class, UnauthorizedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        Response problem = answer(401, "unauthenticated", "Unauthenticated",
                "A valid bearer token from the LiveMart realm is required.", uri, null);
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"livemart\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        return answer(403, "forbidden", "Forbidden", "Your role does not allow this action.", uri, null);
    }

    /** Two requests changed the same record at once: the later one loses nothing silently, it is told. */
    @ServerExceptionMapper({ OptimisticLockException.class, StaleObjectStateException.class })
    public Response concurrentEdit(RuntimeException e, UriInfo uri) {
        return answer(409, "concurrent-edit", "Conflict",
                "Someone changed this record at the same time; reload and try again.", uri, null);
    }

    /** A uniqueness rule of the database caught a duplicate that slipped past the service's own check. */
    @ServerExceptionMapper
    public Response duplicate(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        if (!"23505".equals(e.getSQLState())) {
            return unexpected(e, uri); // any other constraint is a bug of ours, not the client's doing
        }
        LOG.infof("Constraint %s refused a duplicate on %s", e.getConstraintName(), uri.getPath());
        return answer(409, "conflict", "Conflict", "This conflicts with an existing record.", uri, null);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return malformedJson(json, uri);
            }
        }
        int status = e.getResponse().getStatus();
        if (status == 404 && e.getCause() instanceof IllegalArgumentException) {
            // JAX-RS answers 404 when a query or path parameter cannot be converted; the client sent bad input.
            return answer(400, "invalid-parameter", "Invalid request",
                    "A parameter of the request has the wrong format.", uri, null);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        String detail = switch (status) {
            case 404 -> "No resource at " + uri.getPath() + ".";
            case 405 -> "This method is not allowed on " + uri.getPath() + ".";
            case 406 -> "This resource cannot answer in the media type asked for.";
            case 415 -> "This resource expects a JSON body (Content-Type: application/json).";
            default -> title + ".";
        };
        return answer(status, "http-" + status, title, detail, uri, null);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (poolExhausted(e)) { // more requests at once than database connections, for longer than the pool waits
            LOG.warnf("503 %s: no database connection free in time", uri.getPath());
            return Response.fromResponse(answer(503, "service-unavailable", "Service unavailable",
                    "Too many requests at once: nothing was changed. Try again in a moment.", uri, null))
                    .header(HttpHeaders.RETRY_AFTER, "1").build();
        }
        LOG.errorf(e, "Unexpected failure on %s", uri.getPath());
        return answer(500, "internal", "Internal error",
                "Something went wrong on our side; it has been logged.", uri, null);
    }

    /** Agroal's answer when no connection came free within the pool's acquisition timeout (a plain SQLException). */
    static boolean poolExhausted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getMessage() != null
                    && sql.getMessage().contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    private static Response answer(int status, String slug, String title, String detail, UriInfo uri,
            List<Problem.FieldError> errors) {
        Problem problem = new Problem(TYPE_BASE + slug, title, status, detail, uri.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /**
     * "create.request.skus[0].price.amount" becomes "skus[0].price.amount", and "…imageUrls[0].&lt;list element&gt;"
     * becomes "imageUrls[0]": the method, the parameter and the validator's bookkeeping are not the client's business.
     */
    private static String fieldName(ConstraintViolation<?> violation) {
        List<String> parts = java.util.Arrays.stream(violation.getPropertyPath().toString().split("\\."))
                .filter(part -> !part.startsWith("<"))
                .toList();
        if (parts.size() > 2) {
            return String.join(".", parts.subList(2, parts.size()));
        }
        return parts.get(parts.size() - 1);
    }

    private static String path(MismatchedInputException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
