package io.livemart.core.error;

import java.util.Map;

/** The one place that says which HTTP status and title each domain failure answers with. */
public final class ProblemStatusMap {

    /** Status and title of one kind of problem. */
    public record Kind(int status, String slug, String title) {
    }

    private static final Map<Class<? extends DomainException>, Kind> KINDS = Map.of(
            InvalidRequestException.class, new Kind(400, "invalid-request", "Invalid request"),
            UnauthenticatedException.class, new Kind(401, "unauthenticated", "Unauthenticated"),
            ForbiddenException.class, new Kind(403, "forbidden", "Forbidden"),
            NotFoundException.class, new Kind(404, "not-found", "Not found"),
            ConflictException.class, new Kind(409, "conflict", "Conflict"),
            ServiceUnavailableException.class, new Kind(503, "service-unavailable", "Service unavailable"));

    private ProblemStatusMap() {
    }

    /** The kind for an exception, walking up its class hierarchy; unknown domain failures are 400s. */
    public static Kind kindOf(DomainException exception) {
        for (Class<?> type = exception.getClass(); type != null; type = type.getSuperclass()) {
            Kind kind = KINDS.get(type);
            if (kind != null) {
                return kind;
            }
        }
        return KINDS.get(InvalidRequestException.class);
    }
}
