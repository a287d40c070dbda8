package th.tambondesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.DoubleStream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import th.tambondesk.line.LineEmulator;

/**
 * Webhook load: the application runs in its own JVM with a 256 MB heap, LINE's API is {@link LineEmulator} in this
 * JVM, and signed one-event webhooks arrive at fixed rates (an open model: each request leaves at its planned time,
 * and its latency counts from that time, so a slow server cannot hide its queue). The same run measures the floor,
 * {@code /bench/floor}, which only checks the signature, and reports our figures against it. Run it with
 * {@code bench/webhook.sh}; figures go to target/bench/webhook-<database>.md.
 */
class WebhookBenchmark {

    static final String SECRET = "bench-channel-secret";
    static final String[] TEXTS = {"สวัสดีค่ะ", "บริการ E-Service", "เรื่องของฉัน", "ติดต่อ อบต./คำถามที่พบบ่อย"};

    final LineEmulator lineApi = new LineEmulator();
    /** Only for waiting on the server's health check; the load goes through {@link LoadClient}. */
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    final StringBuilder report = new StringBuilder();
    final Map<String, Long> plannedAt = new ConcurrentHashMap<>();
    /** The resident of each webhook's event, by reply token: an answer pushed to them counts for their events. */
    final Map<String, String> userOf = new ConcurrentHashMap<>();
    final AtomicLong sequence = new AtomicLong();
    Process server;
    int port;
    /** The LINE SDK's echo bot ({@code EchoBot}), the peer TambonDesk is compared with. */
    Process echo;
    int echoPort;
    Path gcLog;
    Path safepointLog;

    @Test
    void run() throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 60);
        int[] rates = Arrays.stream(System.getProperty("bench.rates", "100,200,500").split(","))
                .mapToInt(r -> Integer.parseInt(r.strip())).toArray();
        String database = System.getProperty("bench.database", "h2");
        Path out = Path.of("target", "bench");
        Files.createDirectories(out);
        gcLog = out.resolve("webhook-gc-" + database + ".log");
        safepointLog = out.resolve("webhook-safepoint-" + database + ".log");
        long started = System.nanoTime();
        startServer(database, gcLog);
        double startSeconds = (System.nanoTime() - started) / 1e9;
        startEcho();

        line("# Webhook benchmark — " + database);
        line("");
        String extra = extraJvmArgs();
        String jvm = String.join(" ", UNIT_JVM);
        line("Server: `java " + jvm + (extra.isEmpty() ? "" : " " + extra) + "`"
                + (appArgs().isEmpty() ? "" : " with `" + appArgs() + "`") + "; the echo bot: `java " + jvm + "`; "
                + Runtime.getRuntime().availableProcessors()
                + " cores shared with this load "
                + "client and the LINE emulator; " + seconds + " s per rate; one text event per webhook, from 2,000 "
                + "residents; started in " + String.format(Locale.ROOT, "%.1f s", startSeconds) + ". Requests are "
                + "built and signed before each phase and sent over " + FIXED_RATE_SENDERS + " kept-alive HTTP/1.1 "
                + "connections (`LoadClient`). CPU cores: CPU seconds per second of the phase used by the server's "
                + "process, by the benchmark's JVM (load client and LINE emulator), and by the rest of the machine "
                + "(PostgreSQL, other services). Server per request: the server's CPU time and the bytes it caused "
                + "to be written to disk (H2's file; /proc/<pid>/io write_bytes) in the phase, divided by the requests "
                + "answered: less swayed by the machine's noise than the latencies. GC pauses: the server's "
                + "stop-the-world pauses in the phase (count, their sum, the longest), from its GC log. Waits for a "
                + "safepoint: before each pause (and other stops of the JVM) every thread stands still until the "
                + "last one has reached the safepoint; how many of those waits took over 5 ms, their sum and the "
                + "longest, from its safepoint log.");
        line("");
        // Warm-up, not reported: both paths, until the JIT has done most of its work. On 2 cores its compiler
        // threads still took a third of the server's CPU two minutes after the start (JFR, jdk.ThreadCPULoad).
        int warmup = Integer.getInteger("bench.warmup", 30);
        phase("/bench/floor", 200, warmup, false);
        phase(echoPort, echo.pid(), "/callback", 200, warmup, true);
        drain(Duration.ofSeconds(60));
        plannedAt.clear();
        userOf.clear();
        lineApi.reset();
        phase("/callback", 200, warmup, true);
        drain(Duration.ofSeconds(60));
        plannedAt.clear();
        userOf.clear();
        lineApi.reset();

        line("| endpoint | offered /s | achieved /s | ack p50 | ack p99 | ack max | errors | CPU cores: server / "
                + "load client / rest | server per request: CPU / disk writes | GC pauses | waits for a safepoint "
                + "| event→reply p50 | event→reply p99 | answered by push | backlog drained after |");
        line("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        List<Result> floors = new ArrayList<>();
        List<Result> echoes = new ArrayList<>();
        List<Result> ours = new ArrayList<>();
        List<String> echoAnswered = new ArrayList<>();
        List<String> ourAnswered = new ArrayList<>();
        for (int rate : rates) {
            // The floor, the echo bot and ours one after the other at each rate, so all see the machine alike.
            floors.add(phase("/bench/floor", rate, seconds, false));
            row(floors.get(floors.size() - 1), null, 0);
            botPhase(echoPort, echo.pid(), rate, seconds, echoes, echoAnswered);
            botPhase(port, server.pid(), rate, seconds, ours, ourAnswered);
        }
        line("");
        line("TambonDesk against its peers (ratios of the same run; throughput: higher is better for TambonDesk "
                + "above 1, ack p99: lower is better below 1):");
        line("");
        line("| offered /s | throughput: TambonDesk / echo bot | throughput: TambonDesk / floor | ack p99: TambonDesk "
                + "/ echo bot | ack p99: TambonDesk / floor | every event answered once: TambonDesk | echo bot |");
        line("|---|---|---|---|---|---|---|");
        for (int i = 0; i < ours.size(); i++) {
            Result o = ours.get(i);
            Result e = echoes.get(i);
            Result f = floors.get(i);
            line(String.format(Locale.ROOT, "| %d | %.2f | %.2f | %.2f | %.2f | %s | %s |", o.rate,
                    o.achieved() / e.achieved(), o.achieved() / f.achieved(), (double) o.p(99) / e.p(99),
                    (double) o.p(99) / f.p(99), ourAnswered.get(i), echoAnswered.get(i)));
        }
        line("");
        line("Most a client can get through with 32 connections in 20 s (closed model):");
        line("");
        line("| endpoint | requests /s | ack p50 | ack p99 | CPU cores: server / load client / rest | server per "
                + "request: CPU / disk writes | GC pauses | waits for a safepoint |");
        line("|---|---|---|---|---|---|---|---|");
        Result floorMax = saturate("/bench/floor", 32, 20);
        lineApi.reset();
        plannedAt.clear();
        userOf.clear();
        Result ourMax = saturate("/callback", 32, 20);
        long drainStart = System.nanoTime();
        boolean drained = drain(Duration.ofSeconds(Integer.getInteger("bench.drain", 120) * 5L / 2));
        double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
        for (Result r : List.of(floorMax, ourMax)) {
            line("| " + r.path + " | " + String.format(Locale.ROOT, "%.0f", r.achieved()) + " | " + ms(r.p(50))
                    + " | " + ms(r.p(99)) + " | " + r.cpu() + " | " + r.perRequest() + " | " + gcPauses(r) + " | "
                    + safepointWaits(r) + " |");
        }
        line("");
        line("Ratio to the floor: at the fixed rates " + ratios(ours, floors) + "; flat out "
                + String.format(Locale.ROOT, "%.2f", ourMax.achieved() / floorMax.achieved()) + ". After the flat-out "
                + "run the answers to its " + ourMax.outcome().ok() + " events were all sent "
                + (drained ? String.format(Locale.ROOT, "%.0f s later", drainSeconds)
                : "not within " + Integer.getInteger("bench.drain", 120) * 5 / 2 + " s") + ".");
        line("");
        long peakRss = peakRssKb();
        String live = liveHeap();
        stopServer();
        line("Server memory: peak resident set " + peakRss / 1024 + " MB; heap in use after a full collection at the "
                + "end of the run " + live + ". " + gcSummary(gcLog));
        Files.writeString(out.resolve("webhook-" + database + ".md"), report);
        System.out.println(report);
        lineApi.close();
    }

    // --- load ---------------------------------------------------------------------------------------------------

    static final int FIXED_RATE_SENDERS = 64;

    /**
     * {@code from} and {@code to}: wall-clock milliseconds of the phase, to find its collections in the GC log;
     * {@code peer}: the echo bot's phase (its JVM keeps no GC log here).
     */
    record Result(String path, int rate, LoadClient.Outcome outcome, Cpu cpu, long from, long to, boolean peer) {
        double achieved() {
            return outcome.ok() / (outcome.nanos() / 1e9);
        }

        long p(double percentile) {
            return percentile(outcome.latencies(), percentile);
        }

        long errors() {
            return outcome.errors();
        }

        /** The server's CPU time and the bytes it caused to be written to disk, per request answered. */
        String perRequest() {
            long ok = Math.max(1, outcome.ok());
            return String.format(Locale.ROOT, "%.3f ms / %.1f KB", cpu.serverTicks() / Cpu.TICKS_PER_SECOND * 1e3 / ok,
                    cpu.serverWriteBytes() / 1024.0 / ok);
        }
    }

    /**
     * One bot's phase at one rate: the webhooks, then the wait for their answers; its result and whether every event
     * was answered once are added to the lists, and its row to the report.
     */
    void botPhase(int target, long pid, int rate, int seconds, List<Result> results, List<String> answered)
            throws Exception {
        lineApi.reset();
        plannedAt.clear();
        userOf.clear();
        Result result = phase(target, pid, "/callback", rate, seconds, true);
        long drainStart = System.nanoTime();
        boolean drained = drain(Duration.ofSeconds(Integer.getInteger("bench.drain", 120)));
        results.add(result);
        answered.add(answeredOnce());
        row(result, replies(), drained ? System.nanoTime() - drainStart : -1);
    }

    /** Sends {@code rate} webhooks a second for {@code seconds}, each at its planned time, to TambonDesk. */
    Result phase(String path, int rate, int seconds, boolean events) throws Exception {
        return phase(port, server.pid(), path, rate, seconds, events);
    }

    /** The same to the process {@code pid} listening on {@code target}. */
    Result phase(int target, long pid, String path, int rate, int seconds, boolean events) throws Exception {
        List<LoadClient.Prepared> requests = new ArrayList<>(rate * seconds);
        for (int i = 0; i < rate * seconds; i++) {
            requests.add(prepare(target, path, events));
        }
        Cpu before = Cpu.now(pid);
        long from = System.currentTimeMillis();
        LoadClient.Outcome outcome = new LoadClient(target, FIXED_RATE_SENDERS).fixedRate(requests, rate,
                this::planned);
        return new Result(target == echoPort ? "/callback (echo bot)" : path, rate, outcome,
                Cpu.now(pid).since(before), from, System.currentTimeMillis(), target == echoPort);
    }

    /** {@code connections} clients send back to back for {@code seconds}. */
    Result saturate(String path, int connections, int seconds) throws Exception {
        boolean events = path.equals("/callback");
        // Enough for 20 s at three times the fastest rate seen here; beyond it requests are built as they go.
        List<LoadClient.Prepared> pool = new ArrayList<>();
        for (int i = 0; i < 4_000 * seconds; i++) {
            pool.add(prepare(path, events));
        }
        Cpu before = Cpu.now(server.pid());
        long from = System.currentTimeMillis();
        LoadClient.Outcome outcome = new LoadClient(port, connections)
                .saturate(i -> i < pool.size() ? pool.get(i) : prepare(path, events), seconds, this::planned);
        return new Result(path, 0, outcome, Cpu.now(server.pid()).since(before), from, System.currentTimeMillis(),
                false);
    }

    void planned(LoadClient.Prepared request, long plannedNanos) {
        if (request.replyToken() != null) {
            plannedAt.put(request.replyToken(), plannedNanos);
        }
    }

    LoadClient.Prepared prepare(String path, boolean event) {
        return prepare(port, path, event);
    }

    /** One signed one-event webhook (or a floor request) ready to send; the reply token marks a webhook's answer. */
    LoadClient.Prepared prepare(int target, String path, boolean event) {
        long n = sequence.incrementAndGet();
        String token = "rt" + UUID.randomUUID().toString().replace("-", "");
        String user = String.format(Locale.ROOT, "Ubench%027d", n % 2000);
        String text = TEXTS[(int) (n % TEXTS.length)];
        String body = """
                {"destination":"Ubenchdestination000000000000000","events":[{"type":"message","message":\
                {"type":"text","id":"%d","quoteToken":"q%d","text":"%s"},"webhookEventId":"01BENCH%019d",\
                "deliveryContext":{"isRedelivery":false},"timestamp":%d,"source":{"type":"user","userId":"%s"},\
                "replyToken":"%s","mode":"active"}]}""".formatted(n, n, text, n,
                Instant.now().toEpochMilli(), user, token);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (event) {
            userOf.put(token, user);
        }
        return new LoadClient.Prepared(LoadClient.post(target, path, bytes, sign(bytes)), event ? token : null);
    }

    /**
     * Waits until every event of the phase has its answer at LINE. Counted per event, not by the number of deliveries:
     * the echo bot goes on sending the backlog of its last phase while the next one runs, and TambonDesk answers
     * several events of one resident with one push.
     */
    boolean drain(Duration atMost) throws InterruptedException {
        long until = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < until) {
            if (answers().unanswered() == 0) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    /** The phase's events that have no answer yet, and the reply tokens LINE was sent twice. */
    record Answers(long unanswered, long twice) {
    }

    /**
     * An event is answered by its reply token or by a push to its resident (TambonDesk pushes when a reply token is
     * no longer good, one push for a resident's answers).
     */
    Answers answers() {
        Set<String> replied = new HashSet<>();
        Set<String> pushedTo = new HashSet<>();
        for (LineEmulator.Delivery d : lineApi.deliveries()) {
            if (d.replyToken() != null) {
                replied.add(d.replyToken());
            } else {
                pushedTo.add(d.to());
            }
        }
        long unanswered = plannedAt.keySet().stream()
                .filter(t -> !replied.contains(t) && !pushedTo.contains(userOf.get(t))).count();
        // LINE takes a reply token once and refuses it after that: a second use shows only among the refusals.
        long twice = lineApi.refusedReplyTokens().stream().filter(plannedAt::containsKey).count();
        return new Answers(unanswered, twice);
    }

    /**
     * "yes" when every event of the phase was answered once; otherwise how many events got no answer within the
     * drain time and how many tokens were used twice.
     */
    String answeredOnce() {
        Answers answers = answers();
        return answers.unanswered() == 0 && answers.twice() == 0 ? "yes"
                : String.format(Locale.ROOT, "no: %d unanswered, %d twice", answers.unanswered(), answers.twice());
    }

    /** Event-to-reply latencies of the answers LINE took by reply token, and how many went by push. */
    long[] replies() {
        List<LineEmulator.Delivery> deliveries = lineApi.deliveries();
        return deliveries.stream().filter(d -> d.replyToken() != null && plannedAt.containsKey(d.replyToken()))
                .mapToLong(d -> d.atNanos() - plannedAt.get(d.replyToken())).toArray();
    }

    // --- the server -------------------------------------------------------------------------------------------

    /** The server's JVM options given with BENCH_JVM_ARGS, after the benchmark's own. */
    static String extraJvmArgs() {
        return System.getProperty("bench.jvmArgs", "").strip();
    }

    /** Options for TambonDesk given with BENCH_APP_ARGS, e.g. {@code --tambondesk.line.webhook-linger=0ms}. */
    static String appArgs() {
        return System.getProperty("bench.appArgs", "").strip();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * The heap and collector of the systemd unit (deploy/tambondesk.service), for both bots: what an SAO runs, and
     * the same for the peer so that the comparison is of the code.
     */
    static final List<String> UNIT_JVM = List.of("-Xms64m", "-Xmx256m", "-XX:+ExitOnOutOfMemoryError",
            "-XX:+UseG1GC");

    /** This JVM's java command with {@link #UNIT_JVM}, for more to be added. */
    static List<String> javaWithUnitOptions() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(UNIT_JVM);
        return command;
    }

    /** Starts the SDK's echo bot in its own JVM and waits until it answers HTTP. */
    void startEcho() throws Exception {
        echoPort = freePort();
        List<String> command = javaWithUnitOptions();
        command.addAll(List.of("-cp", System.getProperty("bench.echoClasspath"), "th.tambondesk.bench.echo.EchoBot",
                "--server.port=" + echoPort,
                "--line.bot.channel-secret=" + SECRET,
                "--line.bot.channel-token=bench-token",
                "--line.bot.api-end-point=" + lineApi.baseUrl(),
                "--line.bot.blob-end-point=" + lineApi.baseUrl()));
        echo = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "bench", "webhook-echo-bot.log").toFile()).start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < until) {
            assertThat(echo.isAlive()).as("echo bot running").isTrue();
            try {
                http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + echoPort + "/")).build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the echo bot did not start");
    }

    void startServer(String database, Path gcLog) throws Exception {
        port = freePort();
        Path data = Path.of("target", "bench", "webhook-data-" + database).toAbsolutePath();
        List<String> command = javaWithUnitOptions();
        command.addAll(List.of(
                // Wall-clock time on each line, to tell which phase a pause fell in; gc+phases for the collectors
                // (ZGC) that log their pauses only there.
                "-Xlog:gc,gc+phases=info:file=" + gcLog.toAbsolutePath() + ":timemillis,uptime,level,tags",
                // Every stop of the whole JVM, with how long its threads took to reach it: a thread the OS keeps
                // off the CPU (a LINE worker at nice 19) holds every other thread up until it gets there.
                "-Xlog:safepoint=info:file=" + safepointLog.toAbsolutePath() + ":timemillis,uptime"));
        String extra = extraJvmArgs();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("bench.classpath"), "th.tambondesk.TambonDeskApplication",
                "--server.port=" + port,
                "--management.server.port=" + port,
                "--tambondesk.bench.floor=true",
                "--tambondesk.data-dir=" + data,
                "--line.bot.channel-secret=" + SECRET,
                "--line.bot.channel-token=bench-token",
                "--line.bot.api-end-point=" + lineApi.baseUrl(),
                "--line.bot.blob-end-point=" + lineApi.baseUrl()));
        if (!appArgs().isEmpty()) {
            command.addAll(List.of(appArgs().split("\\s+")));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "bench", "webhook-server-" + database + ".log").toFile());
        if (database.equals("postgres")) {
            builder.environment().put("SPRING_PROFILES_ACTIVE", "postgres");
            builder.environment().put("TAMBONDESK_DB_URL", "jdbc:postgresql://127.0.0.1:5432/tambondesk_bench_hook");
            builder.environment().put("TAMBONDESK_DB_USER", "postgres");
            builder.environment().put("TAMBONDESK_DB_PASSWORD", "");
        }
        server = builder.start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < until) {
            assertThat(server.isAlive()).as("server running").isTrue();
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the server did not start");
    }

    void stopServer() throws InterruptedException {
        echo.destroy();
        echo.waitFor(30, TimeUnit.SECONDS);
        server.destroy();
        if (!server.waitFor(30, TimeUnit.SECONDS)) {
            server.destroyForcibly().waitFor();
        }
    }

    long peakRssKb() throws IOException {
        for (String l : Files.readAllLines(Path.of("/proc", String.valueOf(server.pid()), "status"))) {
            if (l.startsWith("VmHWM:")) {
                return Long.parseLong(l.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    /**
     * What the server's heap holds after a full collection: the total of jcmd's class histogram, which collects
     * first. (The heap's "used" a moment later counts what the still running server allocated meanwhile.)
     */
    String liveHeap() throws IOException, InterruptedException {
        String pid = String.valueOf(server.pid());
        Path histogram = Path.of("target", "bench", "webhook-histogram.txt");
        new ProcessBuilder("jcmd", pid, "GC.class_histogram").redirectErrorStream(true)
                .redirectOutput(histogram.toFile()).start().waitFor();
        Matcher m = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)").matcher(Files.readString(histogram));
        return m.find() ? Long.parseLong(m.group(1)) / (1024 * 1024) + " MB" : "unknown";
    }

    /** A pause in the GC log, with its wall-clock time (decorator timemillis) and its length. */
    static final Pattern TIMED_PAUSE = Pattern.compile("\\[(\\d{10,})ms\\].*\\bPause\\b.* ([\\d.]+)ms$");
    /** A safepoint in the safepoint log: its wall-clock time and how long its threads took to reach it. */
    static final Pattern TIMED_SAFEPOINT = Pattern.compile("\\[(\\d{10,})ms\\].*Reaching safepoint: (\\d+) ns");

    /**
     * The server's stop-the-world pauses within the phase: count, sum and longest. All of them, a full collection
     * forced by a class histogram too: the server stood still either way.
     */
    String gcPauses(Result r) throws IOException {
        if (r.peer()) {
            return "–";
        }
        double[] pauses = inPhase(gcLog, TIMED_PAUSE, r, 1);
        return countSumLongest(pauses.length, pauses);
    }

    /**
     * How long the server's threads stood still within the phase waiting for the last of them to reach a safepoint,
     * before a collection (or another VM operation) could begin; the GC pauses do not include it. Given as how many
     * waits took over 5 ms, their sum over all safepoints, and the longest.
     */
    String safepointWaits(Result r) throws IOException {
        if (r.peer()) {
            return "–";
        }
        double[] waits = inPhase(safepointLog, TIMED_SAFEPOINT, r, 1e-6);
        return countSumLongest(DoubleStream.of(waits).filter(ms -> ms > 5).count(), waits);
    }

    /** "count / sum ms / longest ms", the form of the GC and safepoint columns. */
    static String countSumLongest(long count, double[] millis) {
        return String.format(Locale.ROOT, "%d / %.0f ms / %.1f ms", count, DoubleStream.of(millis).sum(),
                DoubleStream.of(millis).max().orElse(0));
    }

    /** The times (group 2, in milliseconds after {@code toMillis}) of the log's lines stamped within the phase. */
    static double[] inPhase(Path log, Pattern timed, Result r, double toMillis) throws IOException {
        DoubleStream.Builder values = DoubleStream.builder();
        for (String l : Files.readAllLines(log)) {
            Matcher m = timed.matcher(l);
            if (m.find()) {
                long at = Long.parseLong(m.group(1));
                if (at >= r.from() && at <= r.to()) {
                    values.add(Double.parseDouble(m.group(2)) * toMillis);
                }
            }
        }
        return values.build().toArray();
    }

    static String gcSummary(Path gcLog) throws IOException {
        Pattern pause = Pattern.compile("Pause (Young|Full|Remark|Cleanup).*?(\\d+)M->(\\d+)M\\((\\d+)M\\) ([\\d.]+)ms");
        int young = 0;
        int full = 0;
        double total = 0;
        double max = 0;
        long maxAfter = 0;
        long maxCommitted = 0;
        for (String l : Files.readAllLines(gcLog)) {
            if (l.contains("(Diagnostic Command)") || l.contains("(Heap Inspection Initiated GC)")) {
                // The benchmark's own jcmd at the end, to measure the live heap.
                continue;
            }
            Matcher m = pause.matcher(l);
            if (m.find()) {
                if (m.group(1).equals("Full")) {
                    full++;
                } else {
                    young++;
                }
                double ms = Double.parseDouble(m.group(5));
                total += ms;
                max = Math.max(max, ms);
                if (m.group(1).equals("Young")) {
                    // Not Remark or Cleanup: those log the heap as it is during marking, garbage included.
                    maxAfter = Math.max(maxAfter, Long.parseLong(m.group(3)));
                }
                maxCommitted = Math.max(maxCommitted, Long.parseLong(m.group(4)));
            }
        }
        return String.format(Locale.ROOT, "Garbage collection over the whole run (without the one the benchmark asks "
                + "for at the end): %d young/mixed pauses and %d full "
                + "collections, %.0f ms in all, the longest %.1f ms; heap after a young collection at most %d MB, "
                + "heap size at most %d MB of the 256 MB allowed.", young, full, total, max, maxAfter, maxCommitted);
    }

    /**
     * CPU time over a phase: the server's process, this JVM (load client and LINE emulator) and the rest of the
     * machine (PostgreSQL, other services), each in cores (CPU seconds per second of the phase); and the bytes the
     * server caused to be written to storage ({@code write_bytes} of /proc/&lt;pid&gt;/io: for H2 its database file,
     * counted when pages are dirtied).
     */
    record Cpu(long serverTicks, long clientNanos, long machineTicks, long wallNanos, long serverWriteBytes) {
        static final double TICKS_PER_SECOND = 100.0;

        static Cpu now(long serverPid) {
            try {
                String[] stat = Files.readString(Path.of("/proc", String.valueOf(serverPid), "stat"))
                        .replaceFirst("^.*\\) ", "").split(" ");
                // After the command name: state is field 3, utime 14 and stime 15 (proc(5)).
                long server = Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
                String[] all = Files.readAllLines(Path.of("/proc/stat")).get(0).split("\\s+");
                long busy = 0;
                for (int i : new int[] {1, 2, 3, 6, 7}) { // user, nice, system, irq, softirq (proc(5))
                    busy += Long.parseLong(all[i]);
                }
                long client = ((com.sun.management.OperatingSystemMXBean) ManagementFactory
                        .getOperatingSystemMXBean()).getProcessCpuTime();
                long written = Files.readAllLines(Path.of("/proc", String.valueOf(serverPid), "io")).stream()
                        .filter(l -> l.startsWith("write_bytes:"))
                        .mapToLong(l -> Long.parseLong(l.substring("write_bytes:".length()).strip()))
                        .findFirst().orElse(0);
                return new Cpu(server, client, busy, System.nanoTime(), written);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        Cpu since(Cpu before) {
            return new Cpu(serverTicks - before.serverTicks, clientNanos - before.clientNanos,
                    machineTicks - before.machineTicks, wallNanos - before.wallNanos,
                    serverWriteBytes - before.serverWriteBytes);
        }

        @Override
        public String toString() {
            double seconds = wallNanos / 1e9;
            double server = serverTicks / TICKS_PER_SECOND / seconds;
            double client = clientNanos / 1e9 / seconds;
            double rest = Math.max(0, machineTicks / TICKS_PER_SECOND / seconds - server - client);
            return String.format(Locale.ROOT, "%.2f / %.2f / %.2f", server, client, rest);
        }
    }

    // --- report -----------------------------------------------------------------------------------------------

    void row(Result r, long[] replies, long drainNanos) throws IOException {
        String eventToReply = replies == null ? "| – | – | – | – |"
                : "| " + ms(percentile(replies, 50)) + " | " + ms(percentile(replies, 99)) + " | "
                + (lineApi.deliveries().size() - replies.length) + " | "
                + (drainNanos < 0 ? "not within " + Integer.getInteger("bench.drain", 120) + " s" : String.format(Locale.ROOT, "%.1f s", drainNanos / 1e9))
                + " |";
        line("| " + r.path + " | " + r.rate + " | " + String.format(Locale.ROOT, "%.1f", r.achieved()) + " | "
                + ms(r.p(50)) + " | " + ms(r.p(99)) + " | " + ms(r.p(100)) + " | " + r.errors() + " | " + r.cpu()
                + " | " + r.perRequest() + " | " + gcPauses(r) + " | " + safepointWaits(r) + " " + eventToReply);
    }

    static String ratios(List<Result> ours, List<Result> floors) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < ours.size(); i++) {
            parts.add(String.format(Locale.ROOT, "%.2f at %d/s", ours.get(i).achieved() / floors.get(i).achieved(),
                    ours.get(i).rate));
        }
        return String.join(", ", parts);
    }

    static long percentile(long[] values, double percentile) {
        if (values.length == 0) {
            return -1;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static String ms(long nanos) {
        return nanos < 0 ? "–" : String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    static String sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    void line(String text) {
        report.append(text).append('\n');
    }
}
