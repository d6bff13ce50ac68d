package io.livemart.streaming.channel;

import io.livemart.core.error.DomainException;

/**
 * A message refused on the room's socket with a code of its own (the error frame's {@code code}), for refusals that
 * have no REST status of their own, such as {@code too-many-requests} or {@code muted}.
 */
public class ChannelRefusal extends DomainException {

    private final String code;

    public ChannelRefusal(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
