package dev.gloss.tui;

import com.googlecode.lanterna.terminal.ansi.UnixTerminal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The Unix terminal, in UTF-8 whatever the locale says, with Ctrl-C delivered as a key (the UI
 * quits cleanly on it) and strings written whole. Lanterna 3.1.5 encodes a string char by char,
 * which turns an emoji's surrogate pair into "??" (its issue #505). The output is buffered (one
 * write per frame), so the size query is flushed here: Lanterna sends it without flushing and then
 * waits up to 5 s for the answer, at start-up and on every resize.
 */
final class Utf8UnixTerminal extends UnixTerminal {
    private static final byte[] CURSOR_REPORT_REQUEST = {0x1B, '[', '6', 'n'};

    Utf8UnixTerminal(InputStream in, OutputStream out) throws IOException {
        super(in, out, StandardCharsets.UTF_8, CtrlCBehaviour.TRAP);
    }

    @Override
    public void putString(String string) throws IOException {
        writeToTerminal(printableOnly(string).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void writeToTerminal(byte... bytes) throws IOException {
        super.writeToTerminal(bytes);
        if (Arrays.equals(bytes, CURSOR_REPORT_REQUEST)) {
            flush();
        }
    }

    /** A last guard: whatever reaches the terminal as text has no control character in it. */
    static String printableOnly(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isControl(s.charAt(i))) {
                StringBuilder out = new StringBuilder(s.length());
                for (int j = 0; j < s.length(); j++) {
                    char c = s.charAt(j);
                    if (!isControl(c)) {
                        out.append(c);
                    }
                }
                return out.toString();
            }
        }
        return s;
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }
}
