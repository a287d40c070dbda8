package th.tambondesk.line;

import java.lang.management.ManagementFactory;
import java.util.UUID;

/** The name this running instance uses to claim events and answers. Unique per start. */
final class LineInstance {

    static final String ID = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    private LineInstance() {
    }
}
