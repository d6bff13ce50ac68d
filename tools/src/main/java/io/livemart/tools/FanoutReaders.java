package io.livemart.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The fan-out bench's audience: thousands of receiving sockets read by one thread with non-blocking I/O, so that the
 * clients cost the machine little and their own queueing is not the latency measured (ADR 0017, 0018). Each socket
 * finds the bench's comments by their marker ({@code "text":"<marker><i> <sent nanos>"}) in what it receives, and keeps
 * its latencies to itself until the end. Two kinds of socket: a WebSocket viewer of a show's room (server frames are
 * read one by one; pings are answered with pongs, as the app closes sockets that stop answering) and a plain Redis
 * SUBSCRIBE connection (the baseline).
 */
final class FanoutReaders implements AutoCloseable {

    private static final byte[] HELLO = "\"type\":\"hello\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SUBSCRIBED = "subscribe".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEADERS_END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    /** One receiving socket and what it has seen. */
    abstract static class Reader {
        final SocketChannel channel;
        final long[] latencies;
        private final byte[] needle;
        private final byte[] readyMark;
        ByteBuffer in = ByteBuffer.allocate(8 * 1024); // grows when a frame is larger
        volatile boolean ready;
        volatile int count;
        long last;

        Reader(SocketChannel channel, byte[] needle, byte[] readyMark, int capacity) {
            this.channel = channel;
            this.needle = needle;
            this.readyMark = readyMark;
            this.latencies = new long[capacity];
        }

        /** Consumes what it can of in (flipped for reading); leaves any incomplete rest in it. */
        abstract void consume(long now) throws IOException;

        /** Each needle in buf[from, to) is one delivery, timed from the nanos that follow it. */
        final void scan(byte[] buf, int from, int to, long now) {
            if (!ready && indexOf(buf, from, to, readyMark) >= 0) {
                ready = true;
            }
            int n = count;
            for (int at = indexOf(buf, from, to, needle); at >= 0; at = indexOf(buf, at + needle.length, to, needle)) {
                int p = at + needle.length;
                while (p < to && buf[p] != ' ') { // the comment's number
                    p++;
                }
                long sent = 0;
                for (p++; p < to && buf[p] >= '0' && buf[p] <= '9'; p++) {
                    sent = sent * 10 + (buf[p] - '0');
                }
                if (n < latencies.length) {
                    latencies[n] = now - sent;
                }
                n++;
                last = now;
            }
            count = n;
        }

        /** Adds this socket's latencies to the run's; answers the time of its last delivery. */
        final long drainInto(Stats stats) {
            int n = count;
            for (int i = 0; i < Math.min(n, latencies.length); i++) {
                stats.record(latencies[i]);
            }
            return last;
        }

        void grow() {
            if (!in.hasRemaining()) {
                ByteBuffer bigger = ByteBuffer.allocate(in.capacity() * 2);
                in.flip();
                bigger.put(in);
                in = bigger;
            }
        }
    }

    /** A viewer of a show's room: the HTTP upgrade's answer, then server frames (unmasked), pings answered. */
    private static final class WebSocketViewer extends Reader {
        private boolean upgraded;

        WebSocketViewer(SocketChannel channel, byte[] needle, int capacity) {
            super(channel, needle, HELLO, capacity);
        }

        @Override
        void consume(long now) throws IOException {
            byte[] b = in.array();
            int pos = 0;
            int end = in.limit();
            if (!upgraded) {
                int headersEnd = indexOf(b, 0, end, HEADERS_END);
                if (headersEnd < 0) {
                    in.position(end).limit(in.capacity());
                    return;
                }
                if (!new String(b, 0, Math.min(12, end), StandardCharsets.US_ASCII).startsWith("HTTP/1.1 101")) {
                    throw new IOException("the room refused the upgrade: " + new String(b, 0, headersEnd, StandardCharsets.US_ASCII));
                }
                upgraded = true;
                pos = headersEnd + 4;
            }
            while (end - pos >= 2) {
                int opcode = b[pos] & 0x0f;
                long length = b[pos + 1] & 0x7f;
                int header = 2;
                if (length == 126) {
                    if (end - pos < 4) {
                        break;
                    }
                    length = ((b[pos + 2] & 0xff) << 8) | (b[pos + 3] & 0xff);
                    header = 4;
                } else if (length == 127) {
                    if (end - pos < 10) {
                        break;
                    }
                    length = ByteBuffer.wrap(b, pos + 2, 8).getLong();
                    header = 10;
                }
                if (end - pos - header < length) {
                    break;
                }
                int from = pos + header;
                int to = from + (int) length;
                if (opcode == 0x9) {
                    pong(b, from, to);
                } else if (opcode == 0x1 || opcode == 0x0) {
                    scan(b, from, to, now);
                }
                pos = to;
            }
            in.position(pos);
            in.compact();
            grow();
        }

        /** A pong with the ping's payload, masked as every client frame must be. */
        private void pong(byte[] b, int from, int to) throws IOException {
            int n = to - from; // control frames carry at most 125 bytes
            ByteBuffer out = ByteBuffer.allocate(6 + n);
            byte[] mask = new byte[4];
            ThreadLocalRandom.current().nextBytes(mask);
            out.put((byte) 0x8A).put((byte) (0x80 | n)).put(mask);
            for (int i = 0; i < n; i++) {
                out.put((byte) (b[from + i] ^ mask[i & 3]));
            }
            out.flip();
            while (out.hasRemaining()) {
                channel.write(out);
            }
        }
    }

    /** A plain Redis SUBSCRIBE connection: pushes are bulk strings, so the stream is scanned as it comes. */
    private static final class RedisSubscriber extends Reader {

        RedisSubscriber(SocketChannel channel, byte[] needle, int capacity) {
            super(channel, needle, SUBSCRIBED, capacity);
        }

        @Override
        void consume(long now) {
            byte[] b = in.array();
            int end = in.limit();
            // scan what is complete: up to the last "\r\n" (a payload never contains one)
            int complete = end;
            while (complete > 0 && !(b[complete - 1] == '\n' && complete > 1 && b[complete - 2] == '\r')) {
                complete--;
            }
            scan(b, 0, complete, now);
            in.position(complete);
            in.compact();
            grow();
        }
    }

    private final Selector selector;
    private final List<Reader> readers = new CopyOnWriteArrayList<>();
    private final Queue<Reader> pending = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private final byte[] needle;
    private final int capacity;
    private volatile boolean closing;
    private volatile IOException failure;

    /** Readers of the comments marked {@code marker}, each keeping up to {@code capacity} latencies. */
    FanoutReaders(String marker, int capacity) {
        this.needle = ("\"text\":\"" + marker).getBytes(StandardCharsets.UTF_8);
        this.capacity = capacity;
        try {
            this.selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.thread = new Thread(this::loop, "fanout-readers");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Connects (blocking), sends the opening bytes, and turns the socket non-blocking. */
    private static SocketChannel connect(InetSocketAddress address, byte[] opening) throws IOException {
        SocketChannel channel = SocketChannel.open(address);
        channel.socket().setTcpNoDelay(true);
        ByteBuffer out = ByteBuffer.wrap(opening);
        while (out.hasRemaining()) {
            channel.write(out);
        }
        channel.configureBlocking(false);
        return channel;
    }

    /** A room viewer: connects, sends the HTTP upgrade, and hands the socket to the reading thread. */
    void viewer(InetSocketAddress address, byte[] upgrade) throws IOException {
        add(new WebSocketViewer(connect(address, upgrade), needle, capacity));
    }

    /** A Redis subscriber: connects, sends SUBSCRIBE, and hands the socket to the reading thread. */
    void subscriber(InetSocketAddress address, byte[] subscribe) throws IOException {
        add(new RedisSubscriber(connect(address, subscribe), needle, capacity));
    }

    private void add(Reader reader) {
        readers.add(reader);
        pending.add(reader);
        selector.wakeup();
    }

    List<Reader> readers() {
        return readers;
    }

    long ready() {
        return readers.stream().filter(r -> r.ready).count();
    }

    long delivered() {
        long sum = 0;
        for (Reader r : readers) {
            sum += r.count;
        }
        return sum;
    }

    /** The reading thread's failure, if any (a refused upgrade, a socket closed by the other side). */
    IOException failure() {
        return failure;
    }

    private void loop() {
        try {
            while (!closing) {
                selector.select(200);
                for (Reader r = pending.poll(); r != null; r = pending.poll()) {
                    r.channel.register(selector, SelectionKey.OP_READ, r);
                }
                long now = System.nanoTime();
                Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    Reader r = (Reader) key.attachment();
                    int n = r.channel.read(r.in);
                    if (n < 0) {
                        key.cancel();
                        if (!closing) {
                            failure = new IOException("a receiving socket was closed by the other side after " + r.count
                                    + " deliveries");
                        }
                        continue;
                    }
                    r.in.flip();
                    r.consume(now);
                }
            }
        } catch (IOException e) {
            if (!closing) {
                failure = e;
            }
        }
    }

    @Override
    public void close() {
        closing = true;
        selector.wakeup();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Reader r : readers) {
            try {
                r.channel.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        try {
            selector.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    static int indexOf(byte[] b, int from, int to, byte[] what) {
        byte first = what[0];
        for (int i = from; i <= to - what.length; i++) {
            if (b[i] != first) {
                continue;
            }
            int k = 1;
            while (k < what.length && b[i + k] == what[k]) {
                k++;
            }
            if (k == what.length) {
                return i;
            }
        }
        return -1;
    }
}
