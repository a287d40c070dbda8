package th.tambondesk.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * A deliberately cheap HTTP/1.1 load client for the webhook benchmark. Every request is built and signed before its
 * phase starts, so during the measurement the client only parks until a request's planned time, writes its bytes on
 * a kept-alive socket and reads the status line and the body length. The JDK's HttpClient did the same work with
 * futures, a selector thread and per-request signing, and took half a core to 1.1 cores of the two this machine has
 * (top) — CPU the server under test then did not get.
 *
 * <p>Open model: request {@code i} is due at {@code start + i / rate}; a sender thread takes the next due request,
 * waits for its time and sends it. A latency counts from the planned time, not from the send, so when the server
 * stalls and every sender is busy, the requests that wait for a sender are charged the wait (no coordinated
 * omission). A closed model ({@link #saturate}) has each sender send back to back.
 */
final class LoadClient {

    /** One request ready to go: its bytes on the wire and, for a webhook, the reply token it carries. */
    record Prepared(byte[] wire, String replyToken) {
    }

    /** What a phase measured: per request the latency in nanoseconds (or -1 if it never completed) and status. */
    record Outcome(long ok, long errors, long[] latencies, long nanos) {
    }

    private final InetSocketAddress server;
    private final int senders;

    LoadClient(int port, int senders) {
        this.server = new InetSocketAddress("127.0.0.1", port);
        this.senders = senders;
    }

    /** The wire form of a POST with a JSON body and the given signature. */
    static byte[] post(int port, String path, byte[] body, String signature) {
        String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                + "x-line-signature: " + signature + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] wire = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, wire, 0, headBytes.length);
        System.arraycopy(body, 0, wire, headBytes.length, body.length);
        return wire;
    }

    /**
     * Sends {@code requests} at {@code rate} a second, each at its planned time; {@code onPlanned} hears each planned
     * time (in {@link System#nanoTime()}) before its request leaves.
     */
    Outcome fixedRate(List<Prepared> requests, int rate, PlannedListener onPlanned) throws InterruptedException {
        int total = requests.size();
        AtomicLongArray latencies = new AtomicLongArray(total);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime() + 50_000_000L;
        runSenders(connection -> {
            for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                long planned = start + i * interval;
                long wait = planned - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                Prepared request = requests.get(i);
                onPlanned.planned(request, planned);
                int status = connection.exchange(request.wire());
                latencies.set(i, System.nanoTime() - planned);
                (status == 200 ? ok : errors).incrementAndGet();
            }
        });
        long[] values = new long[total];
        for (int i = 0; i < total; i++) {
            values[i] = latencies.get(i);
        }
        return new Outcome(ok.get(), errors.get(), values, System.nanoTime() - start);
    }

    /** Each sender sends back to back until {@code seconds} are over, taking requests from {@code source} in turn. */
    Outcome saturate(IntFunction<Prepared> source, int seconds, PlannedListener onPlanned)
            throws InterruptedException {
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<long[]> perSender = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        runSenders(connection -> {
            long[] mine = new long[1 << 16];
            int[] count = {0};
            synchronized (perSender) {
                perSender.add(mine);
                counts.add(count);
            }
            while (System.nanoTime() < end) {
                Prepared request = source.apply(next.getAndIncrement());
                long t0 = System.nanoTime();
                onPlanned.planned(request, t0);
                int status = connection.exchange(request.wire());
                if (count[0] < mine.length) {
                    mine[count[0]++] = System.nanoTime() - t0;
                }
                (status == 200 ? ok : errors).incrementAndGet();
            }
        });
        long nanos = System.nanoTime() - start;
        int size = counts.stream().mapToInt(c -> c[0]).sum();
        long[] values = new long[size];
        int at = 0;
        for (int s = 0; s < perSender.size(); s++) {
            System.arraycopy(perSender.get(s), 0, values, at, counts.get(s)[0]);
            at += counts.get(s)[0];
        }
        return new Outcome(ok.get(), errors.get(), values, nanos);
    }

    @FunctionalInterface
    interface PlannedListener {
        void planned(Prepared request, long plannedNanos);
    }

    @FunctionalInterface
    private interface SenderLoop {
        void run(Connection connection);
    }

    private void runSenders(SenderLoop loop) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int s = 0; s < senders; s++) {
            Thread thread = new Thread(() -> {
                try (Connection connection = new Connection(server)) {
                    loop.run(connection);
                }
            }, "load-" + s);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    /**
     * One kept-alive connection. A request that fails on a reused connection (the server closed it between two
     * requests) is sent once more on a new one; any other failure counts as an error (status -1).
     */
    static final class Connection implements AutoCloseable {
        private final InetSocketAddress server;
        private Socket socket;
        private InputStream in;
        private OutputStream out;
        private boolean reused;

        Connection(InetSocketAddress server) {
            this.server = server;
        }

        int exchange(byte[] wire) {
            for (int attempt = 0; attempt < 2; attempt++) {
                try {
                    if (socket == null) {
                        open();
                    }
                    out.write(wire);
                    out.flush();
                    return readResponse();
                } catch (IOException e) {
                    boolean retry = reused && attempt == 0;
                    close();
                    if (!retry) {
                        return -1;
                    }
                }
            }
            return -1;
        }

        private void open() throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            socket.connect(server, 5_000);
            in = new BufferedInputStream(socket.getInputStream(), 8192);
            out = socket.getOutputStream();
            reused = false;
        }

        /** Reads one response: its status, then its headers and body (by length or chunked) to keep the stream in step. */
        private int readResponse() throws IOException {
            String statusLine = readLine();
            if (statusLine == null || !statusLine.startsWith("HTTP/1.1 ")) {
                throw new IOException("no response");
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = 0;
            boolean chunked = false;
            boolean close = false;
            for (String header = readLine(); header != null && !header.isEmpty(); header = readLine()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(readLine().strip(), 16); size > 0;
                        size = Long.parseLong(readLine().strip(), 16)) {
                    skip(size);
                    readLine();
                }
                readLine();
            } else {
                skip(length);
            }
            if (close) {
                close();
            } else {
                reused = true;
            }
            return status;
        }

        private void skip(long bytes) throws IOException {
            for (long left = bytes; left > 0; ) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("connection closed in a body");
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
        }

        private String readLine() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b == '\n') {
                    int last = line.length() - 1;
                    return last >= 0 && line.charAt(last) == '\r' ? line.substring(0, last) : line.toString();
                }
                line.append((char) b);
            }
            return line.length() == 0 ? null : line.toString();
        }

        @Override
        public void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
            socket = null;
            in = null;
            out = null;
        }
    }
}
