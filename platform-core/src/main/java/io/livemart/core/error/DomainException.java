package io.livemart.core.error;

/**
 * A failure the client can act on. Each subclass stands for one HTTP status in {@link ProblemStatusMap};
 * the message is shown to the client as the problem's {@code detail}, so it must be written for a person
 * and never carry internals.
 */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String detail) {
        super(detail);
    }

    protected DomainException(String detail, Throwable cause) {
        super(detail, cause);
    }
}
