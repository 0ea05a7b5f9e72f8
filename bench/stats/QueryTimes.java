import dev.gloss.store.Database;
import dev.gloss.store.StatsStore;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * CPU time (best of several runs, this thread, SQLite included) of each query of {@code gloss stats}, on a
 * collection as it is, then with the two statistics indexes dropped if asked: what migration 2 buys.
 *
 * <pre>java -cp target/gloss.jar bench/stats/QueryTimes.java DB GLOSS_NOW [--drop-indexes]</pre>
 * (--drop-indexes changes the file: give it a copy.)
 */
public final class QueryTimes {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        Instant now = Instant.parse(args[1]);
        try (Database db = Database.open(Path.of(args[0]))) {
            if (args.length > 2 && args[2].equals("--drop-indexes")) {
                try (Statement st = db.connection().createStatement()) {
                    st.execute("DROP INDEX IF EXISTS review_log_by_quarter");
                    st.execute("DROP INDEX IF EXISTS review_log_by_prediction");
                }
                System.out.println("without the statistics indexes:");
            } else {
                System.out.println("with the statistics indexes:");
            }
            StatsStore store = new StatsStore(db);
            time("answers by quarter hour and state", () -> store.reviewGroups(null).size());
            time("calibration bins", () -> store.calibrationGroups(null).size());
            time("new cards counted", () -> store.newCards(null, now).available());
            time("other cards, one row each", () -> store.seenCards(null).size());
        }
    }

    private static void time(String what, Supplier<Integer> query) {
        long best = Long.MAX_VALUE;
        int rows = 0;
        for (int i = 0; i < 5; i++) {
            long start = THREADS.getCurrentThreadCpuTime();
            rows = query.get();
            best = Math.min(best, THREADS.getCurrentThreadCpuTime() - start);
        }
        System.out.printf("  %-28s %6.0f ms CPU (best of 5; %,d)%n", what, best / 1e6, rows);
    }
}
