package io.livemart.core.error;

/** The request clashes with the current state (409): a duplicate, an illegal transition, a stale version. */
public class ConflictException extends DomainException {

    public ConflictException(String detail) {
        super(detail);
    }

    public ConflictException(String detail, Throwable cause) {
        super(detail, cause);
    }
}
