import dev.gloss.cli.GlossCli;
import dev.gloss.cli.Io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Times {@code gloss stats} inside one JVM: the first run (cold: classes loading, code interpreted, SQLite's
 * native library loading) and then warm runs, each from opening the collection to the last byte of output; with
 * the CPU time of the thread that runs it (SQLite runs in that thread too), which a busy machine disturbs less.
 *
 * <pre>java -cp target/gloss.jar bench/stats/StatsInProcess.java DB GLOSS_NOW RUNS [stats arguments...]</pre>
 */
public final class StatsInProcess {
    public static void main(String[] args) {
        String db = args[0];
        String now = args[1];
        int runs = Integer.parseInt(args[2]);
        String[] statsArgs = new String[args.length - 3 + 1];
        statsArgs[0] = "stats";
        System.arraycopy(args, 3, statsArgs, 1, args.length - 3);
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("GLOSS_DB", db);
        env.put("GLOSS_NOW", now);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ms = new double[runs];
        double[] cpu = new double[runs];
        int bytes = 0;
        for (int i = 0; i < runs; i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Io io = new Io(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                    System.err, env, false);
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            int code = GlossCli.run(statsArgs, io);
            ms[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            if (code != 0) {
                throw new IllegalStateException("gloss stats exited with " + code);
            }
            bytes = out.size();
        }
        double[] warm = Arrays.copyOfRange(ms, 1, runs);
        double[] warmCpu = Arrays.copyOfRange(cpu, 1, runs);
        Arrays.sort(warm);
        Arrays.sort(warmCpu);
        System.out.printf("in-process %s: first run %.0f ms (CPU %.0f ms); warm runs: median %.0f ms, min %.0f,"
                        + " max %.0f (CPU median %.0f ms; %d runs, %d bytes)%n", String.join(" ", statsArgs), ms[0],
                cpu[0], median(warm), warm.length == 0 ? 0 : warm[0], warm.length == 0 ? 0 : warm[warm.length - 1],
                median(warmCpu), runs - 1, bytes);
    }

    private static double median(double[] sorted) {
        return sorted.length == 0 ? 0 : sorted[(sorted.length - 1) / 2];
    }
}
