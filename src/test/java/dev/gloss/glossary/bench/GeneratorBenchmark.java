package dev.gloss.glossary.bench;

import dev.gloss.glossary.GenerationResult;
import dev.gloss.glossary.GlossaryDecks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Times {@link GlossaryDecks#generate} on synthetic glossary pages (a mix of noisy plain-text
 * dumps, Markdown glossaries and HTML pages). Not a test: run it with bench/generator/run.
 *
 * <p>Arguments: {@code [pages] [runs]}, by default 1000 pages and 7 timed runs after the cold one.
 */
public final class GeneratorBenchmark {
    private static final java.lang.management.OperatingSystemMXBean OS =
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private GeneratorBenchmark() {
    }

    /** CPU time of the whole process (all threads, JIT included), or -1 where the JVM cannot say. */
    private static long processCpuNanos() {
        return OS instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    public static void main(String[] args) throws IOException {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Path dir = Files.createTempDirectory("gloss-bench-");
        try {
            long bytes = new SyntheticPages(20_260_101L).write(dir, pages);
            System.out.printf(Locale.ROOT, "pages: %d in %s (%.1f MB), %d cores, load average %.2f%n", pages, dir,
                    bytes / 1e6, Runtime.getRuntime().availableProcessors(), OS.getSystemLoadAverage());

            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            GenerationResult cold = GlossaryDecks.generate(List.of(dir), "Benchmark");
            double coldMs = (System.nanoTime() - start) / 1e6;
            System.out.printf(Locale.ROOT, "cold run: %.0f ms (process CPU %.0f ms); %s%n", coldMs,
                    (processCpuNanos() - cpuStart) / 1e6, cold.summary());

            double[] times = new double[runs];
            double[] cpu = new double[runs];
            for (int i = 0; i < runs; i++) {
                long s = System.nanoTime();
                long c = processCpuNanos();
                GenerationResult r = GlossaryDecks.generate(List.of(dir), "Benchmark");
                times[i] = (System.nanoTime() - s) / 1e6;
                cpu[i] = (processCpuNanos() - c) / 1e6;
                if (r.deck().cards().size() != cold.deck().cards().size()) {
                    throw new IllegalStateException("runs disagree: " + r.summary());
                }
            }
            double[] sorted = times.clone();
            Arrays.sort(sorted);
            Arrays.sort(cpu);
            System.out.printf(Locale.ROOT, "warm runs (%d): median %.0f ms, min %.0f ms, max %.0f ms "
                            + "(median process CPU %.0f ms, all threads)%n", runs,
                    sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1], cpu[cpu.length / 2]);
            System.out.printf(Locale.ROOT, "load average after: %.2f (other processes on the machine slow the "
                    + "wall-clock figures)%n", OS.getSystemLoadAverage());
            System.out.printf(Locale.ROOT, "target: under 2000 ms -> %s%n",
                    sorted[sorted.length / 2] < 2000 ? "met" : "NOT met");
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> paths = new ArrayList<>(walk.toList());
            paths.sort(Comparator.reverseOrder());
            for (Path p : paths) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
