package io.livemart.web.room;

import static io.livemart.web.room.RoomClient.comment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livemart.web.support.AppInstance;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A viewer whose socket stops draining (a phone in a tunnel, a stuck tab) is skipped and then disconnected, while
 * the other viewers of the room receive every comment. The app instance here is the packaged jar with tight fan-out
 * limits (2 frames outstanding per viewer, closed after 3 skipped batches) and a comment rate limit high enough for
 * one commenter to push the megabytes it takes to fill the slow viewer's kernel buffers.
 */
@QuarkusIntegrationTest
class SlowViewerIT {

    static AppInstance app;

    @BeforeAll
    static void start() throws Exception {
        app = AppInstance.start("slow-viewer-instance.log", Map.of(
                "streaming.channel.max-pending-frames", "2",
                "streaming.channel.max-skipped-frames", "3",
                "streaming.channel.comments-per-window", "1000000",
                "streaming.channel.max-comment-length", "2000"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aViewerThatStopsReadingIsDroppedAndTheOthersGetEveryComment() throws Exception {
        LiveRoom room = new LiveRoom(5);
        try (StalledViewer slow = new StalledViewer(app.port, room.showId);
                RoomClient viewer = new RoomClient(app.port, room.showId, "shopper2");
                RoomClient commenter = new RoomClient(app.port, room.showId, "shopper1")) {
            viewer.next("state");
            viewer.saw("viewers", m -> m.getLong("count") == 3); // the stalled viewer, shopper2, shopper1
            int countsBefore = viewer.all("viewers").size();

            String padding = "x".repeat(1900);
            int sent = 0;
            boolean dropped = false;
            while (!dropped && sent < 20_000) {
                for (int i = 0; i < 20; i++, sent++) {
                    commenter.send(comment("c" + sent + " " + padding));
                }
                int last = sent - 1;
                viewer.next("comment", m -> m.getString("text").startsWith("c" + last + " "));
                List<JsonObject> counts = viewer.all("viewers");
                dropped = counts.subList(countsBefore, counts.size()).stream().anyMatch(m -> m.getLong("count") == 2);
            }
            assertTrue(dropped, "the stalled viewer was still counted after " + sent + " comments");

            // Everyone else got every comment, in the server's order.
            List<JsonObject> comments = viewer.all("comment");
            assertEquals(sent, comments.size());
            for (int i = 0; i < sent; i++) {
                assertTrue(comments.get(i).getString("text").startsWith("c" + i + " "), "comment " + i + " out of order");
            }
            assertEquals(List.of(), commenter.all("error"));

            // The stalled viewer, reading again, finds what fitted in its buffers, then a close with the reason.
            StalledViewer.Ending ending = slow.readToTheEnd();
            assertEquals(1008, ending.closeCode());
            assertEquals("Too slow: the room's messages were skipped.", ending.closeReason());
            assertTrue(ending.comments() < sent, ending.comments() + " of " + sent + " comments reached the stalled viewer");
        }
    }

    /**
     * An anonymous viewer on a raw socket with a small receive buffer that opens the room and then stops reading.
     * {@link #readToTheEnd()} later reads the frames that were buffered up to the server's close frame.
     */
    static final class StalledViewer implements AutoCloseable {
        record Ending(int comments, int closeCode, String closeReason) {
        }

        private final Socket socket = new Socket();
        private final DataInputStream in;

        StalledViewer(int port, String showId) throws IOException {
            socket.setReceiveBufferSize(4096);
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/shows/" + showId + "/room HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: livemart-room\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            in = new DataInputStream(socket.getInputStream());
            String status = headers(in);
            if (!status.startsWith("HTTP/1.1 101")) {
                throw new IOException("the room refused the upgrade: " + status);
            }
        }

        private static String headers(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("connection closed during the handshake");
                }
                head.write(b);
            }
            return head.toString(StandardCharsets.US_ASCII);
        }

        Ending readToTheEnd() throws IOException {
            socket.setSoTimeout((int) TimeUnit.SECONDS.toMillis(10));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            int comments = 0;
            ByteArrayOutputStream message = new ByteArrayOutputStream();
            while (System.nanoTime() < deadline) {
                int first = in.readUnsignedByte();
                int opcode = first & 0x0f;
                long length = in.readUnsignedByte() & 0x7f;
                if (length == 126) {
                    length = in.readUnsignedShort();
                } else if (length == 127) {
                    length = in.readLong();
                }
                byte[] payload = in.readNBytes((int) length);
                if (opcode == 8) {
                    int code = ((payload[0] & 0xff) << 8) | (payload[1] & 0xff);
                    return new Ending(comments, code, new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8));
                }
                if (opcode == 1 || opcode == 0) {
                    message.write(payload);
                    if ((first & 0x80) != 0) {
                        JsonObject m = new JsonObject(message.toString(StandardCharsets.UTF_8));
                        message.reset();
                        if ("batch".equals(m.getString("type"))) {
                            comments += (int) m.getJsonArray("events").stream()
                                    .filter(e -> "comment".equals(((JsonObject) e).getString("type"))).count();
                        }
                    }
                }
            }
            throw new AssertionError("no close frame within 30 s; " + comments + " comments read");
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
