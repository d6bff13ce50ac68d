package io.livemart.streaming.janus.videoroom;

/**
 * The videoroom plugin refused a request ({@code "videoroom": "event"} with {@code error_code}).
 * Janus still answered the transport-level request with {@code success}.
 */
public class VideoRoomException extends RuntimeException {

    /** Unknown request. */
    public static final int INVALID_REQUEST = 423;
    /** No such room. */
    public static final int NO_SUCH_ROOM = 426;
    /** A room with that id already exists. */
    public static final int ROOM_EXISTS = 427;
    /** A mandatory element (e.g. {@code admin_key}) is missing. */
    public static final int MISSING_ELEMENT = 429;
    /** An element has the wrong type or value. */
    public static final int INVALID_ELEMENT = 430;
    /** Wrong {@code admin_key} or room secret. */
    public static final int UNAUTHORIZED = 433;

    private final int code;
    private final String reason;

    public VideoRoomException(int code, String reason) {
        super("Janus videoroom error " + code + ": " + reason);
        this.code = code;
        this.reason = reason;
    }

    public int code() {
        return code;
    }

    public String reason() {
        return reason;
    }
}
