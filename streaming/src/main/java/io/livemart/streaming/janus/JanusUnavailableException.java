package io.livemart.streaming.janus;

import io.livemart.core.error.ServiceUnavailableException;

/**
 * Janus cannot be used right now (not reachable, no answer in time, connection lost, refusing our
 * credentials). Maps to 503; the message is written for a person.
 */
public class JanusUnavailableException extends ServiceUnavailableException {

    static final String UNREACHABLE = "The video service (Janus) cannot be reached; try again shortly.";
    static final String NO_ANSWER = "The video service (Janus) did not answer in time; try again shortly.";
    static final String CONNECTION_LOST = "The connection to the video service (Janus) was lost; try again shortly.";
    static final String CLOSED = "The video service (Janus) client is shutting down.";
    static final String REFUSED = "The video service (Janus) refused the server's credentials; try again later.";
    static final String FAILED = "The video service (Janus) could not handle the request; try again shortly.";

    public JanusUnavailableException(String detail) {
        super(detail);
    }

    public JanusUnavailableException(String detail, Throwable cause) {
        super(detail, cause);
    }
}
