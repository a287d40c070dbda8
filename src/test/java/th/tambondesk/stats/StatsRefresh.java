package th.tambondesk.stats;

import org.springframework.context.ApplicationContext;

/**
 * For tests of other modules' pages and for the benchmarks: brings the statistics up to date now, as the minute's
 * run would, and returns how many months were recounted.
 */
public final class StatsRefresh {

    private StatsRefresh() {
    }

    public static int now(ApplicationContext context) {
        return context.getBean(StatsRollups.class).refresh();
    }
}
