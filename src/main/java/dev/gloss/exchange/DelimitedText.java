package dev.gloss.exchange;

import dev.gloss.GlossException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text files of rows (CSV, TSV, Anki's plain text): strict UTF-8 with the bad line named, records read with
 * commons-csv ({@code "} quoting, {@code ""} inside quotes, fields spanning lines), each with the line it starts
 * on, and the checks both text importers share.
 */
final class DelimitedText {
    private static final Pattern LOOKS_LIKE_HTML =
            Pattern.compile("<(?:[a-zA-Z][a-zA-Z0-9]*\\b[^>]*|/[a-zA-Z][a-zA-Z0-9]*\\s*)>|&(?:[a-zA-Z]+|#[0-9]+|#x[0-9a-fA-F]+);");

    /** A record and the line of the file it starts on (1-based). */
    record Row(long line, List<String> cells) {
        String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }
    }

    private DelimitedText() {
    }

    /** The file as text; a byte-order mark is dropped; invalid UTF-8 is refused naming the line. */
    static String read(Path file, String source) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new GlossException(source + ": cannot read (" + e.getMessage() + ")");
        }
        int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw new GlossException(source + " line " + lineAt(bytes, at) + ": not valid UTF-8 (byte 0x"
                    + String.format("%02X", bytes[at] & 0xFF) + "); save the file as UTF-8");
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    private static long lineAt(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * Reads the records of {@code text}.
     *
     * @param firstLine the file line {@code text} starts on
     * @param comments  whether lines starting with {@code #} are comments (Anki's plain text)
     */
    static List<Row> rows(String text, long firstLine, char delimiter, boolean comments, String source) {
        CSVFormat.Builder format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setQuote('"')
                .setEscape(null)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(false)
                .setTrim(false)
                .setTrailingData(true)
                .setAllowMissingColumnNames(true);
        if (comments) {
            format.setCommentMarker('#');
        }
        LineIndex lines = new LineIndex(text, firstLine);
        List<Row> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format.get())) {
            for (CSVRecord r : parser) {
                long line = lines.lineOf(r.getCharacterPosition());
                List<String> cells = r.toList();
                if (cells.size() == 1 && cells.get(0).isEmpty()) {
                    continue;
                }
                out.add(new Row(line, cells));
            }
        } catch (UncheckedIOException | IOException e) {
            String message = e instanceof UncheckedIOException u && u.getCause() != null
                    ? u.getCause().getMessage() : e.getMessage();
            throw new GlossException(source + ": malformed " + (delimiter == '\t' ? "TSV" : "CSV") + " ("
                    + describe(message, lines) + ")");
        }
        return out;
    }

    /** commons-csv names positions in its own counting; say it in lines of the file. */
    private static String describe(String message, LineIndex lines) {
        if (message == null) {
            return "unreadable";
        }
        var m = Pattern.compile("line (\\d+)").matcher(message);
        if (message.contains("EOF reached before encapsulated token finished") && m.find()) {
            return "a quoted field opened on line " + (Long.parseLong(m.group(1)) + lines.firstLine() - 1)
                    + " is never closed";
        }
        return message;
    }

    /** Anki's rule: HTML if any field of the first five records looks like HTML. */
    static boolean looksLikeHtml(List<Row> rows) {
        return rows.stream().limit(5).flatMap(r -> r.cells().stream()).anyMatch(c -> LOOKS_LIKE_HTML.matcher(c).find());
    }

    /** A separator named in a header: a name (Comma, Semicolon, Tab, Space, Pipe, Colon) or the character. */
    static Character separatorNamed(String value) {
        String v = value.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (v) {
            case "comma" -> ',';
            case "semicolon" -> ';';
            case "tab" -> '\t';
            case "space" -> ' ';
            case "pipe" -> '|';
            case "colon" -> ':';
            default -> value.length() == 1 ? value.charAt(0) : v.isEmpty() && value.contains("\t") ? '\t' : null;
        };
    }

    /** Plain text made into HTML that reads back as exactly the same text (spaces and line breaks kept). */
    static String escapeAsHtml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\n' -> out.append("<br>");
                case '\r' -> {
                    if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                        out.append("<br>");
                    }
                }
                case ' ', '\t' -> out.append('\u00a0'); // not collapsed as HTML white space would be
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Character offsets to file lines. */
    private static final class LineIndex {
        private final int[] starts;
        private final long firstLine;

        LineIndex(String text, long firstLine) {
            this.firstLine = firstLine;
            int[] s = new int[16];
            int n = 0;
            s[n++] = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    if (n == s.length) {
                        s = Arrays.copyOf(s, n * 2);
                    }
                    s[n++] = i + 1;
                }
            }
            this.starts = Arrays.copyOf(s, n);
        }

        long firstLine() {
            return firstLine;
        }

        long lineOf(long offset) {
            int i = Arrays.binarySearch(starts, (int) Math.min(Integer.MAX_VALUE, offset));
            int index = i >= 0 ? i : -i - 2;
            return firstLine + index;
        }
    }
}
