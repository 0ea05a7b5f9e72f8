package dev.gloss.line;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Line editing on a real terminal (history, cursor keys) through JLine; Ctrl-C or Ctrl-D end the session. */
final class JLineInput implements LineInput {
    private final Terminal terminal;
    private final LineReader reader;

    JLineInput() {
        try {
            terminal = TerminalBuilder.builder().system(true).encoding(StandardCharsets.UTF_8).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        reader = LineReaderBuilder.builder().terminal(terminal)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true).build();
    }

    @Override
    public String readLine(String prompt) {
        try {
            return reader.readLine(prompt);
        } catch (EndOfFileException | UserInterruptException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            terminal.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LineInput open() {
        return new JLineInput();
    }
}
