package io.livemart.core.error;

/** The caller is known but may not touch this resource (403): someone else's show, order or product. */
public class ForbiddenException extends DomainException {

    public ForbiddenException(String detail) {
        super(detail);
    }

    public ForbiddenException(String detail, Throwable cause) {
        super(detail, cause);
    }
}
