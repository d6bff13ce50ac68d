package io.livemart.core.error;

/** The thing asked for does not exist (404). */
public class NotFoundException extends DomainException {

    public NotFoundException(String detail) {
        super(detail);
    }

    public NotFoundException(String detail, Throwable cause) {
        super(detail, cause);
    }
}
