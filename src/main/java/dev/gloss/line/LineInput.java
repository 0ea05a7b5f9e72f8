package dev.gloss.line;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Where the line mode reads answers from: a prompt and one line at a time; null at end of input. */
public interface LineInput extends AutoCloseable {

    String readLine(String prompt);

    @Override
    default void close() {
    }

    /** Plain reading for pipes and tests: the prompt is printed and flushed, then a line is read. */
    static LineInput plain(InputStream in, PrintStream out) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return prompt -> {
            out.print(prompt);
            out.flush();
            try {
                String line = reader.readLine();
                if (line == null) {
                    out.println();
                }
                return line;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
