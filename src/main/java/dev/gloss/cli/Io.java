package dev.gloss.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The world a command talks to: streams, environment, and whether a person is at a terminal.
 * Only {@link dev.gloss.Main} builds it from {@code System}; tests build their own.
 */
public record Io(InputStream in, PrintStream out, PrintStream err, Map<String, String> env, boolean terminal) {

    /** The process's own streams, always UTF-8 (Java 17 would fall back to ASCII when LANG is unset). */
    public static Io system() {
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 14),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        return new Io(new FileInputStream(FileDescriptor.in), out, err, System.getenv(), System.console() != null);
    }
}
