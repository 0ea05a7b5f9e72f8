package dev.gloss.tui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A private tmux server (its own socket) running one program in a real terminal, for end-to-end tests. */
final class Tmux implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final String socket;
    private final Path config;
    private String lastCapture = "";

    Tmux(Path dir) {
        this.socket = "gloss-it-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        this.config = dir.resolve("tmux.conf");
        try {
            // no status line (the pane is the whole window), and Esc arrives at once
            Files.writeString(config, "set -g status off\nset -g escape-time 10\nset -g history-limit 100\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "tmux 3.3a", or empty when tmux is not installed. */
    static Optional<String> version() {
        try {
            Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Starts {@code shellCommand} in a new session of the given size. */
    void start(int columns, int rows, String shellCommand) {
        tmux("-f", config.toString(), "new-session", "-d", "-x", String.valueOf(columns), "-y", String.valueOf(rows),
                shellCommand);
    }

    /** Sends keys by tmux name ("Enter", "Space", "Escape", "Down", "C-c") or as plain characters. */
    void keys(String... keys) {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", "0"));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    /** Types {@code text} literally. */
    void type(String text) {
        tmux("send-keys", "-t", "0", "-l", text);
    }

    void resize(int columns, int rows) {
        tmux("resize-window", "-t", "0", "-x", String.valueOf(columns), "-y", String.valueOf(rows));
    }

    String capture() {
        lastCapture = tmux("capture-pane", "-p", "-t", "0");
        return lastCapture;
    }

    String paneTitle() {
        return tmux("display-message", "-p", "-t", "0", "#{pane_title}").trim();
    }

    /** Waits until the screen contains every one of {@code texts}; returns the screen. */
    String await(String... texts) {
        return await(screen -> {
            for (String t : texts) {
                if (!screen.contains(t)) {
                    return false;
                }
            }
            return true;
        }, String.join(", ", texts));
    }

    String await(Predicate<String> ready, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            String screen = capture();
            if (ready.test(screen)) {
                return screen;
            }
            sleep(40);
        }
        throw new AssertionError("waited " + WAIT.toSeconds() + " s for " + what + " on the screen:\n" + lastCapture);
    }

    String lastCapture() {
        return lastCapture;
    }

    private String tmux(String... args) {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        // tmux itself reads and writes UTF-8 whatever the program inside is given
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.environment().put("LANG", "C.UTF-8");
        try {
            Process p = pb.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("tmux " + String.join(" ", args) + " did not finish");
            }
            String text = new String(out, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new AssertionError("tmux " + String.join(" ", args) + " failed: " + text);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        try {
            new ProcessBuilder("tmux", "-L", socket, "kill-server").redirectErrorStream(true).start()
                    .waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            // nothing left to stop
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
