package dev.gloss.line;

import java.io.InputStream;
import java.io.PrintStream;

/** Picks the line input: JLine on a terminal, plain reading from pipes. */
public final class Lines {
    private Lines() {
    }

    public static LineInput open(boolean terminal, InputStream in, PrintStream out) {
        return terminal ? JLineInput.open() : LineInput.plain(in, out);
    }
}
