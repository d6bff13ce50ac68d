package io.livemart.core.error;

/** A component the request needs (Janus, Redis...) cannot be reached now (503); nothing was changed. */
public class ServiceUnavailableException extends DomainException {

    public ServiceUnavailableException(String detail) {
        super(detail);
    }

    public ServiceUnavailableException(String detail, Throwable cause) {
        super(detail, cause);
    }
}
