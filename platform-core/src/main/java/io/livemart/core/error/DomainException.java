package io.livemart.core.error;

/**
 * A failure the client can act on. Each subclass stands for one HTTP status in {@link ProblemStatusMap};
 * the message is shown to the client as the problem's {@code detail}, so it must be written for a person
 * and never carry internals.
 * <p>
 * It records no stack trace: it is an answer, not a fault, and {@link ProblemMapper} never logs one (a sold-out sale
 * refuses thousands of buyers a second, and filling their stack traces was 3 % of the event loops' time, ADR 0020).
 * A cause, when given, keeps its own.
 */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String detail) {
        super(detail, null, true, false);
    }

    protected DomainException(String detail, Throwable cause) {
        super(detail, cause, true, false);
    }
}
