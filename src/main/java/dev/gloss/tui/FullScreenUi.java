package dev.gloss.tui;

import com.googlecode.lanterna.screen.TerminalScreen;
import dev.gloss.store.Database;
import dev.gloss.study.QuizMode;
import dev.gloss.study.SessionOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The full-screen UI: home, study sessions and their summaries, the stats, on the terminal Gloss runs in.
 * It never opens a window: callers check {@link #available} (a terminal on stdin and stdout)
 * first and use the line mode otherwise; the terminal is driven as a text terminal in UTF-8.
 */
public final class FullScreenUi {
    /** When set to a file path, the first frame's JVM uptime and key-to-frame times are appended to it. */
    public static final String FRAME_LOG = "GLOSS_FRAME_LOG";

    private FullScreenUi() {
    }

    /** True when a person is at a Unix terminal that can show the UI (not a dumb one). */
    public static boolean available(boolean terminal, Map<String, String> env) {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return terminal && !windows && !"dumb".equals(env.get("TERM"));
    }

    /**
     * Runs the UI until the person quits.
     *
     * @param study the session to open first, or null for the home page
     */
    public static void run(Database db, Clock clock, ZoneId zone, Map<String, String> env, InputStream in,
                           OutputStream out, SessionOptions study) {
        App app = new App(new CollectionBackend(db, clock, zone), clock, zone, System::nanoTime);
        QuizMode mode = study == null ? QuizMode.FLIP : QuizMode.parse(study.mode());
        // made before the terminal is taken over, so that an unknown deck is reported as usual
        Page first = study == null ? app.home(mode, "", null) : app.study(study, mode);
        FrameTimes times = new FrameTimes();
        try {
            Utf8UnixTerminal terminal = new Utf8UnixTerminal(in, out);
            try {
                TerminalScreen screen = new TerminalScreen(terminal);
                screen.startScreen();
                screen.setCursorPosition(null);
                try {
                    new FullScreen(screen, Palette.forEnvironment(env), System::nanoTime, times).run(first);
                } finally {
                    screen.stopScreen();
                }
            } finally {
                terminal.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String log = env.get(FRAME_LOG);
        if (log != null && !log.isBlank()) {
            writeFrameLog(Path.of(log), times);
        }
    }

    private static void writeFrameLog(Path file, FrameTimes times) {
        long uptimeMs = ManagementFactory.getRuntimeMXBean().getUptime();
        long firstFrameUptime = uptimeMs - (System.nanoTime() - times.firstFrameNanos()) / 1_000_000;
        StringBuilder sb = new StringBuilder("first-frame-uptime-ms " + firstFrameUptime + "\n");
        List<Long> keys = times.keyToFrameNanos();
        for (long n : keys) {
            sb.append("key-to-frame-us ").append(n / 1000).append('\n');
        }
        try {
            Files.writeString(file, sb, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
