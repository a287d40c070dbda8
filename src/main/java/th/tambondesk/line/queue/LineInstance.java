package th.tambondesk.line.queue;

import java.lang.management.ManagementFactory;
import java.util.UUID;

/** The name this running instance uses to claim events and answers. Unique per start. */
public final class LineInstance {

    public static final String ID = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    private LineInstance() {
    }
}
