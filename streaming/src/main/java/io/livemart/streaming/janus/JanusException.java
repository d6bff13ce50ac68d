package io.livemart.streaming.janus;

import io.vertx.core.json.JsonObject;

/**
 * Janus answered a request with {@code "janus": "error"}. Not meant for clients as is: the
 * {@link VideoRoomClient} turns it into a person-readable failure.
 */
public class JanusException extends RuntimeException {

    /** Wrong or missing {@code apisecret}/token. */
    public static final int UNAUTHORIZED = 403;
    /** The session does not exist (expired, destroyed, or its transport closed). */
    public static final int SESSION_NOT_FOUND = 458;
    /** The handle does not exist in that session. */
    public static final int HANDLE_NOT_FOUND = 459;

    private final int code;
    private final String reason;

    public JanusException(int code, String reason) {
        super("Janus error " + code + ": " + reason);
        this.code = code;
        this.reason = reason;
    }

    static JanusException from(JsonObject errorMessage) {
        JsonObject error = errorMessage.getJsonObject("error", new JsonObject());
        return new JanusException(error.getInteger("code", 0), error.getString("reason", "(no reason given)"));
    }

    public int code() {
        return code;
    }

    public String reason() {
        return reason;
    }
}
