package io.livemart.core.error;

/** The request is well formed but makes no sense for the domain (400). */
public class InvalidRequestException extends DomainException {

    public InvalidRequestException(String detail) {
        super(detail);
    }

    public InvalidRequestException(String detail, Throwable cause) {
        super(detail, cause);
    }
}
