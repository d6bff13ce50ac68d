package io.livemart.streaming.room;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.inject.Inject;

/**
 * The show's real-time channel: {@code /api/shows/{id}/room}. Signalling for WebRTC goes through it
 * (browsers never call Janus). Anyone may connect to watch a public show; a bearer token (sent by
 * browsers as the {@code Sec-WebSocket-Protocol} entry {@code quarkus-http-upgrade#Authorization#Bearer
 * <token>} beside the subprotocol {@code livemart-room}) identifies anchors, guests and logged-in viewers.
 * Messages are JSON objects with a {@code type}; see {@link RoomSignalling}. Thin: everything is delegated.
 */
@WebSocket(path = "/api/shows/{id}/room")
public class RoomSocket {

    @Inject
    RoomSignalling signalling;

    @Inject
    SecurityIdentity identity;

    @OnOpen
    void onOpen(WebSocketConnection connection) {
        signalling.join(connection, RoomCaller.of(identity));
    }

    @OnTextMessage
    void onMessage(String text, WebSocketConnection connection) {
        signalling.handle(connection, text);
    }

    @OnClose
    void onClose(WebSocketConnection connection) {
        signalling.leave(connection);
    }
}
