import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Sums a JFR recording (e.g. the server's, from {@code BENCH_JVM_ARGS=-XX:StartFlightRecording=...,settings=profile})
 * by thread, by stack top and by every method on the stack. Seconds where {@code jfr print --json} and a script
 * took six minutes of CPU — do not run either next to a benchmark.
 *
 * <pre>
 *   java bench/JfrTop.java FILE cpu|alloc|park [thread name prefix] [only stacks through this method] [depth]
 *   java bench/JfrTop.java target/bench/server.jfr alloc "" LineRenderer.render 3
 *   java -Dfrom=150 -Dto=210 bench/JfrTop.java target/bench/server.jfr cpu    # only that part of the run
 * </pre>
 *
 * cpu counts execution samples; alloc sums the sampled allocation weight in MB; park sums the milliseconds
 * threads waited in LockSupport.park or for a monitor (events over the recording's threshold only). {@code from} and
 * {@code to} are seconds since the recording's earliest event, about the server's uptime when it recorded from its
 * start (the timestamps of the GC log, {@code target/bench/webhook-gc-*.log}): one phase of a benchmark run.
 */
public class JfrTop {

    public static void main(String[] args) throws Exception {
        String kind = args[1];
        String thread = args.length > 2 ? args[2] : "";
        String under = args.length > 3 && !args[3].isEmpty() ? args[3] : null;
        int depth = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        Map<String, Double> top = new HashMap<>();
        Map<String, Double> inclusive = new HashMap<>();
        Map<String, Double> threads = new HashMap<>();
        double total = 0;
        double fromSeconds = Double.parseDouble(System.getProperty("from", "0"));
        double toSeconds = Double.parseDouble(System.getProperty("to", "1e9"));
        java.time.Instant first = java.time.Instant.MAX;
        if (System.getProperty("from") != null || System.getProperty("to") != null) {
            // Events are written by thread buffers, not in time order: find the earliest first.
            try (RecordingFile recording = new RecordingFile(Path.of(args[0]))) {
                while (recording.hasMoreEvents()) {
                    java.time.Instant start = recording.readEvent().getStartTime();
                    first = start.isBefore(first) ? start : first;
                }
            }
        }
        try (RecordingFile recording = new RecordingFile(Path.of(args[0]))) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (first != java.time.Instant.MAX) {
                    double at = java.time.Duration.between(first, event.getStartTime()).toMillis() / 1e3;
                    if (at < fromSeconds || at > toSeconds) {
                        continue;
                    }
                }
                String type = event.getEventType().getName();
                double weight;
                RecordedThread by;
                if (kind.equals("cpu") && type.equals("jdk.ExecutionSample")) {
                    weight = 1;
                    by = event.getThread("sampledThread");
                } else if (kind.equals("alloc") && type.equals("jdk.ObjectAllocationSample")) {
                    weight = event.getLong("weight") / 1e6;
                    by = event.getThread("eventThread");
                } else if (kind.equals("park")
                        && (type.equals("jdk.ThreadPark") || type.equals("jdk.JavaMonitorEnter"))) {
                    weight = event.getDuration().toNanos() / 1e6;
                    by = event.getThread("eventThread");
                } else {
                    continue;
                }
                String name = by == null ? "?" : String.valueOf(by.getJavaName());
                threads.merge(name.replaceAll("\\d+$", ""), weight, Double::sum);
                RecordedStackTrace stack = event.getStackTrace();
                if (!name.startsWith(thread) || stack == null) {
                    continue;
                }
                List<RecordedFrame> frames = stack.getFrames();
                int from = 0;
                if (under != null) {
                    from = -1;
                    for (int i = 0; i < frames.size() && from < 0; i++) {
                        if (method(frames.get(i)).contains(under)) {
                            from = i;
                        }
                    }
                    if (from < 0) {
                        continue;
                    }
                    from = Math.max(0, from - depth + 1);
                }
                total += weight;
                StringBuilder key = new StringBuilder();
                for (int i = from; i < from + depth && i < frames.size(); i++) {
                    key.append(i > from ? " < " : "").append(method(frames.get(i))).append(':')
                            .append(frames.get(i).getLineNumber());
                }
                top.merge(key.toString(), weight, Double::sum);
                Set<String> seen = new HashSet<>();
                for (RecordedFrame frame : frames) {
                    if (seen.add(method(frame))) {
                        inclusive.merge(method(frame), weight, Double::sum);
                    }
                }
            }
        }
        System.out.printf("total %.1f%n--- by thread%n", total);
        print(threads, 15);
        System.out.println("--- by stack top" + (under != null ? " (the frames down to " + under + ")" : ""));
        print(top, 40);
        System.out.println("--- by method anywhere on the stack");
        print(inclusive, 80);
    }

    static String method(RecordedFrame frame) {
        return frame.getMethod().getType().getName().replaceAll("^.*\\.", "") + "." + frame.getMethod().getName();
    }

    static void print(Map<String, Double> values, int limit) {
        values.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).limit(limit)
                .forEach(e -> System.out.printf("%10.1f %s%n", e.getValue(), e.getKey()));
    }
}
