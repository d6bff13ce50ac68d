package io.livemart.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * C keep-alive HTTP/1.1 connections driven by one thread with non-blocking sockets, so that on a small machine the
 * client is not what limits a race: each connection sends its next request as soon as the previous answer is complete.
 * Requests come in groups (an attempt and its retries, sent one after the other on one connection); a connection takes
 * the next group when it is done with its own. Records, per request, the status, the body and the latency from the
 * first byte written to the last byte read.
 */
final class RawHttpRace {

    /** What came back: status (0 when the connection failed), body, latency in nanoseconds, per request. */
    record Answers(int[] status, String[] body, long[] nanos, double seconds) {
    }

    private RawHttpRace() {
    }

    /**
     * Sends every request (pre-encoded, whole HTTP/1.1 messages) over {@code connections} connections to host:port;
     * {@code groups} lists request indexes, each group sent in order on one connection.
     */
    static Answers run(String host, int port, int connections, byte[][] requests, List<int[]> groups, long timeoutSeconds) {
        int[] status = new int[requests.length];
        String[] body = new String[requests.length];
        long[] nanos = new long[requests.length];
        InetSocketAddress address = new InetSocketAddress(host, port);
        try (Selector selector = Selector.open()) {
            Connection[] all = new Connection[Math.min(connections, groups.size())];
            for (int i = 0; i < all.length; i++) {
                all[i] = new Connection(address);
            }
            int nextGroup = 0;
            int done = 0;
            long start = System.nanoTime();
            long deadline = start + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            for (Connection c : all) {
                c.group = groups.get(nextGroup++);
                c.send(selector, requests);
            }
            while (done < requests.length) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the race did not finish within " + timeoutSeconds + " s (" + done + " of "
                            + requests.length + " answered)");
                }
                selector.select(1000);
                Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    Connection c = (Connection) key.attachment();
                    boolean finished;
                    try {
                        finished = key.isWritable() ? c.write(selector) : c.read();
                    } catch (IOException e) {
                        c.failed = true;
                        finished = true;
                    }
                    if (!finished) {
                        continue;
                    }
                    int request = c.group[c.position];
                    nanos[request] = System.nanoTime() - c.sentAt;
                    status[request] = c.failed ? 0 : c.status;
                    body[request] = c.failed ? "connection failed" : c.body;
                    done++;
                    if (c.failed) {
                        c.reconnect(address);
                    }
                    c.position++;
                    if (c.position == c.group.length) {
                        c.group = nextGroup < groups.size() ? groups.get(nextGroup++) : null;
                        c.position = 0;
                    }
                    if (c.group != null) {
                        c.send(selector, requests);
                    } else {
                        c.close();
                    }
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            for (Connection c : all) {
                c.close();
            }
            return new Answers(status, body, nanos, seconds);
        } catch (IOException e) {
            throw new UncheckedIOException("race: " + e.getMessage(), e);
        }
    }

    /** Encodes one request: method, path, headers (name, value pairs) and a JSON body. */
    static byte[] request(String method, String hostPort, String path, String json, String... headers) {
        byte[] content = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ")
                .append(hostPort).append("\r\n");
        for (int i = 0; i < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        if (json != null) {
            head.append("Content-Type: application/json\r\n");
        }
        head.append("Content-Length: ").append(content.length).append("\r\n\r\n");
        byte[] h = head.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(h, h.length + content.length);
        System.arraycopy(content, 0, all, h.length, content.length);
        return all;
    }

    private static final class Connection {
        SocketChannel channel;
        SelectionKey key;
        int[] group;
        int position;
        ByteBuffer out;
        byte[] in = new byte[8192];
        int length;
        long sentAt;
        int status;
        String body;
        boolean failed;

        Connection(InetSocketAddress address) throws IOException {
            open(address);
        }

        private void open(InetSocketAddress address) throws IOException {
            channel = SocketChannel.open(address);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            channel.configureBlocking(false);
            key = null;
        }

        void reconnect(InetSocketAddress address) throws IOException {
            close();
            open(address);
            failed = false;
        }

        void send(Selector selector, byte[][] requests) throws IOException {
            out = ByteBuffer.wrap(requests[group[position]]);
            length = 0;
            sentAt = System.nanoTime();
            if (key == null) {
                key = channel.register(selector, 0, this);
            }
            try {
                channel.write(out);
            } catch (IOException e) {
                // a connection the server closed: the read that follows reports it
            }
            key.interestOps(out.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
        }

        /** Writes more of the request; answers true only if the connection failed (so the caller records it). */
        boolean write(Selector selector) throws IOException {
            channel.write(out);
            if (!out.hasRemaining()) {
                key.interestOps(SelectionKey.OP_READ);
            }
            return false;
        }

        /** Reads what arrived; answers true once the whole response is in. */
        boolean read() throws IOException {
            while (true) {
                if (length == in.length) {
                    in = Arrays.copyOf(in, in.length * 2);
                }
                int n = channel.read(ByteBuffer.wrap(in, length, in.length - length));
                if (n < 0) {
                    throw new IOException("closed by the server");
                }
                if (n == 0) {
                    break;
                }
                length += n;
            }
            return parse();
        }

        private boolean parse() throws IOException {
            int end = -1;
            for (int i = 3; i < length; i++) {
                if (in[i] == '\n' && in[i - 1] == '\r' && in[i - 2] == '\n' && in[i - 3] == '\r') {
                    end = i + 1;
                    break;
                }
            }
            if (end < 0) {
                return false;
            }
            String head = new String(in, 0, end, StandardCharsets.ISO_8859_1);
            status = Integer.parseInt(head.substring(9, 12));
            String lower = head.toLowerCase(java.util.Locale.ROOT);
            int cl = lower.indexOf("\r\ncontent-length:");
            if (cl >= 0) {
                int contentLength = Integer.parseInt(lower.substring(cl + 17, lower.indexOf('\r', cl + 17)).trim());
                if (length < end + contentLength) {
                    return false;
                }
                body = new String(in, end, contentLength, StandardCharsets.UTF_8);
                return true;
            }
            if (lower.contains("\r\ntransfer-encoding: chunked")) {
                StringBuilder b = new StringBuilder();
                int at = end;
                while (true) {
                    int lineEnd = indexOfCrlf(at);
                    if (lineEnd < 0) {
                        return false;
                    }
                    int size = Integer.parseInt(new String(in, at, lineEnd - at, StandardCharsets.ISO_8859_1).trim(), 16);
                    if (length < lineEnd + 2 + size + 2) {
                        return false;
                    }
                    if (size == 0) {
                        body = b.toString();
                        return true;
                    }
                    b.append(new String(in, lineEnd + 2, size, StandardCharsets.UTF_8));
                    at = lineEnd + 2 + size + 2;
                }
            }
            body = "";
            return true;
        }

        private int indexOfCrlf(int from) {
            for (int i = from; i + 1 < length; i++) {
                if (in[i] == '\r' && in[i + 1] == '\n') {
                    return i;
                }
            }
            return -1;
        }

        void close() {
            try {
                channel.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
