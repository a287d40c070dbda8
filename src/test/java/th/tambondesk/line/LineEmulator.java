package th.tambondesk.line;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * LINE's sending API as the fault tests and the load benchmark need it: unlike a recorded stub it keeps LINE's
 * promises, so "sent twice" can be counted. A reply token works once ({@code 400 Invalid reply token} after
 * that); a push retry key is accepted once ({@code 409} after that). It can fail every call with 500, hang every
 * call until told to stop (then answer 503: nothing was delivered), or deliver and then hang, as when LINE's answer
 * is lost on the way back.
 */
public final class LineEmulator implements AutoCloseable {

    /** How LINE behaves right now. */
    public enum Mode {
        /** Delivers and answers 200. */
        NORMAL,
        /** Answers 500, delivers nothing. */
        FAIL,
        /** Holds the call until the mode changes, then answers 503; delivers nothing. */
        HANG,
        /** Delivers, then holds the call until the mode changes: the caller never hears that it was delivered. */
        DELIVER_THEN_HANG
    }

    /** One answer LINE accepted: by reply token or to a user by push. */
    public record Delivery(String via, String replyToken, String to, String retryKey, JsonNode messages, long atNanos) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] PHOTO = photo();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "line-emulator");
        t.setDaemon(true);
        return t;
    });
    private static final String REFUSED_TOKEN = "reply token ";
    private final Set<String> usedTokens = ConcurrentHashMap.newKeySet();
    private final Set<String> usedRetryKeys = ConcurrentHashMap.newKeySet();
    private final List<Delivery> deliveries = Collections.synchronizedList(new ArrayList<>());
    private final List<String> refusals = new CopyOnWriteArrayList<>();
    private final AtomicInteger contentRequests = new AtomicInteger();
    private final Object modeChanged = new Object();
    private volatile Mode mode = Mode.NORMAL;
    private volatile long latencyMillis;
    private volatile long contentLatencyMillis;

    public LineEmulator() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    public void mode(Mode mode) {
        synchronized (modeChanged) {
            this.mode = mode;
            modeChanged.notifyAll();
        }
    }

    /** Time LINE takes for each accepted send. */
    public void latency(long millis) {
        this.latencyMillis = millis;
    }

    /** Time LINE takes to hand over a photo a resident sent. */
    public void contentLatency(long millis) {
        this.contentLatencyMillis = millis;
    }

    public List<Delivery> deliveries() {
        synchronized (deliveries) {
            return List.copyOf(deliveries);
        }
    }

    /** What LINE refused because it was sent before: used reply tokens, repeated retry keys. */
    public List<String> refusals() {
        return List.copyOf(refusals);
    }

    /** The reply tokens LINE refused because they had been used before. */
    public List<String> refusedReplyTokens() {
        return refusals().stream().filter(r -> r.startsWith(REFUSED_TOKEN))
                .map(r -> r.substring(REFUSED_TOKEN.length())).toList();
    }

    /**
     * Deliveries per resident: replies are attributed through {@code tokenOwners} (reply token to user id, as the
     * webhook carried them), pushes through their recipient.
     */
    public Map<String, Long> deliveriesPerUser(Function<String, String> tokenOwners) {
        return deliveries().stream().collect(Collectors.groupingBy(
                d -> d.to() != null ? d.to() : String.valueOf(tokenOwners.apply(d.replyToken())),
                Collectors.counting()));
    }

    public void reset() {
        mode(Mode.NORMAL);
        latencyMillis = 0;
        contentLatencyMillis = 0;
        deliveries.clear();
        refusals.clear();
        usedTokens.clear();
        usedRetryKeys.clear();
        contentRequests.set(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            if ("GET".equals(exchange.getRequestMethod()) && path.startsWith("/v2/bot/message/")
                    && path.endsWith("/content")) {
                content(exchange);
                return;
            }
            boolean reply = path.equals("/v2/bot/message/reply");
            boolean push = path.equals("/v2/bot/message/push");
            if (!"POST".equals(exchange.getRequestMethod()) || !(reply || push)) {
                answer(exchange, 404, "{\"message\":\"Not found\"}");
                return;
            }
            Mode now = mode;
            if (now == Mode.FAIL) {
                answer(exchange, 500, "{\"message\":\"Internal server error\"}");
                return;
            }
            if (now == Mode.HANG) {
                hangWhile(Mode.HANG);
                answer(exchange, 503, "{\"message\":\"Service unavailable\"}");
                return;
            }
            if (latencyMillis > 0) {
                sleep(latencyMillis);
            }
            JsonNode request = JSON.readTree(body);
            String retryKey = exchange.getRequestHeaders().getFirst("X-Line-Retry-Key");
            if (reply) {
                String token = request.path("replyToken").asText();
                if (!usedTokens.add(token)) {
                    refusals.add(REFUSED_TOKEN + token);
                    answer(exchange, 400, "{\"message\":\"Invalid reply token\"}");
                    return;
                }
                deliveries.add(new Delivery("REPLY", token, null, null, request.path("messages"), System.nanoTime()));
            } else {
                if (retryKey != null && !usedRetryKeys.add(retryKey)) {
                    refusals.add("retry key " + retryKey);
                    exchange.getResponseHeaders().add("x-line-accepted-request-id", "accepted-" + retryKey);
                    answer(exchange, 409, "{\"message\":\"The retry key is already accepted\"}");
                    return;
                }
                deliveries.add(new Delivery("PUSH", null, request.path("to").asText(), retryKey,
                        request.path("messages"), System.nanoTime()));
            }
            if (now == Mode.DELIVER_THEN_HANG) {
                hangWhile(Mode.DELIVER_THEN_HANG);
                answer(exchange, 503, "{\"message\":\"Service unavailable\"}");
                return;
            }
            answer(exchange, 200, "{\"sentMessages\":[{\"id\":\"" + System.nanoTime() + "\"}]}");
        } catch (IOException | RuntimeException e) {
            // The caller gave up (a timeout closed the connection): nothing more to say.
        }
    }

    /** A photo a resident sent: a small PNG, after the same latency as a send. */
    private void content(HttpExchange exchange) throws IOException {
        long wait = Math.max(latencyMillis, contentLatencyMillis);
        if (wait > 0) {
            sleep(wait);
        }
        contentRequests.incrementAndGet();
        exchange.getResponseHeaders().add("Content-Type", "image/png");
        exchange.sendResponseHeaders(200, PHOTO.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(PHOTO);
        }
    }

    public int contentRequests() {
        return contentRequests.get();
    }

    private static byte[] photo() {
        try {
            BufferedImage image = new BufferedImage(64, 48,
                    BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void hangWhile(Mode hanging) {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        synchronized (modeChanged) {
            while (mode == hanging && System.nanoTime() < until) {
                try {
                    modeChanged.wait(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        mode(Mode.NORMAL);
        server.stop(0);
        threads.shutdownNow();
    }
}
