package dev.gloss.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs Gloss in-process with its own streams and environment, as a script would from a shell. */
public final class CliRunner {
    private final Map<String, String> env = new HashMap<>();

    public CliRunner(Path db) {
        env.put("GLOSS_DB", db.toString());
        env.put("TZ", "UTC");
        env.put("HOME", db.getParent().toString());
    }

    public CliRunner env(String key, String value) {
        if (value == null) {
            env.remove(key);
        } else {
            env.put(key, value);
        }
        return this;
    }

    public CliRunner now(String instant) {
        return env("GLOSS_NOW", instant);
    }

    public Result run(String... args) {
        return runWithInput("", args);
    }

    public Result runWithInput(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = new Io(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.copyOf(env), false);
        int code = GlossCli.run(args, io);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    public record Result(int code, String out, String err) {
    }
}
