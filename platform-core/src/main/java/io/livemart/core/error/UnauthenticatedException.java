package io.livemart.core.error;

/** The request does not prove who sent it (401): a missing or wrong signature, say. */
public class UnauthenticatedException extends DomainException {

    public UnauthenticatedException(String detail) {
        super(detail);
    }
}
