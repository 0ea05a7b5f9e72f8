package dev.gloss.glossary;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The one class of the glossary package that touches the file system: expands folders
 * (recursively, in name order, hidden files and folders left out), then reads and decodes each
 * file once, or says why it was skipped.
 */
final class SourceReader {
    static final long MAX_FILE_BYTES = 32L * 1024 * 1024;
    private static final int CONTROL_SCAN_BYTES = 64 * 1024;

    /** One input, in the order pages are merged: a file still to read, or one already skipped. */
    sealed interface Listed permits ToRead, Skipped {
    }

    /** What reading a file gave: its text, or why it was skipped. */
    sealed interface Loaded permits Source, Skipped {
    }

    record ToRead(Path path) implements Listed {
    }

    /** A readable page: its path for messages, its file name for the entries' sources, and its text. */
    record Source(String path, String fileName, String text) implements Loaded {
    }

    record Skipped(String path, String reason) implements Listed, Loaded {
        String warning() {
            return path + ": skipped, " + reason;
        }
    }

    private SourceReader() {
    }

    /** Expands folders and drops files already listed (the same file given twice, or a file inside a folder given). */
    static List<Listed> list(List<Path> paths) {
        List<Listed> out = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> files = filesUnder(path, out);
                if (files.isEmpty()) {
                    out.add(new Skipped(path.toString(), "no files in folder"));
                }
                for (Path file : files) {
                    addOnce(file, seen, out);
                }
            } else if (!Files.exists(path)) {
                out.add(new Skipped(path.toString(), "no such file or folder"));
            } else {
                addOnce(path, seen, out);
            }
        }
        return out;
    }

    private static void addOnce(Path file, Set<Path> seen, List<Listed> out) {
        Path key;
        try {
            key = file.toRealPath();
        } catch (IOException e) {
            key = file.toAbsolutePath().normalize();
        }
        if (seen.add(key)) {
            out.add(new ToRead(file));
        }
    }

    private static List<Path> filesUnder(Path folder, List<Listed> out) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> !isHidden(folder, p))
                    .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isRegularFile(p))
                    .sorted()
                    .toList();
        } catch (IOException | RuntimeException e) {
            out.add(new Skipped(folder.toString(), "folder cannot be listed (" + describe(e) + ")"));
            return List.of();
        }
    }

    /** Hidden below the folder given (".git", ".DS_Store"); the folder itself may be anything. */
    private static boolean isHidden(Path root, Path p) {
        Path relative = root.relativize(p);
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Reads and decodes one file; safe to call from several threads. */
    static Loaded load(Path file) {
        String name = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                return new Skipped(name, "not a regular file");
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                return new Skipped(name, "file too large (over " + MAX_FILE_BYTES / (1024 * 1024) + " MB)");
            }
            Decoded decoded = decode(Files.readAllBytes(file));
            if (decoded.reason() != null) {
                return new Skipped(name, decoded.reason());
            }
            Path fileName = file.getFileName();
            return new Source(name, fileName == null ? name : fileName.toString(), decoded.text());
        } catch (NoSuchFileException e) {
            return new Skipped(name, "no such file or folder");
        } catch (IOException | RuntimeException e) {
            return new Skipped(name, "cannot be read (" + describe(e) + ")");
        }
    }

    /** Decoded text, or the reason there is none. */
    record Decoded(String text, String reason) {
    }

    /**
     * UTF-8 (a byte order mark is dropped), or UTF-16 when it starts with its byte order mark.
     * NUL bytes or other control bytes mean binary; so does invalid UTF-8, unless it is mostly ASCII
     * text, which is read as Windows-1252, as old pages often are.
     */
    static Decoded decode(byte[] bytes) {
        if (bytes.length == 0) {
            return new Decoded(null, "empty file");
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return nonBlank(new String(bytes, StandardCharsets.UTF_16));
        }
        if (hasBinaryBytes(bytes)) {
            return new Decoded(null, "binary file");
        }
        int offset = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3 : 0;
        String fast = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            // Malformed input would have become U+FFFD; with none, the text was valid UTF-8.
            return nonBlank(fast);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            return nonBlank(text);
        } catch (CharacterCodingException e) {
            return mostlyAscii(bytes) ? nonBlank(new String(bytes, Charset.forName("windows-1252")))
                    : new Decoded(null, "binary file (not UTF-8 text)");
        }
    }

    /** Old single-byte pages are mostly ASCII with a few accented letters; binary data is not. */
    private static boolean mostlyAscii(byte[] bytes) {
        int ascii = 0;
        for (byte b : bytes) {
            if (b >= 0x20 || b == '\n' || b == '\r' || b == '\t') {
                ascii++;
            }
        }
        return ascii * 10L >= bytes.length * 9L;
    }

    private static Decoded nonBlank(String text) {
        return text.isBlank() ? new Decoded(null, "empty file") : new Decoded(text, null);
    }

    /** NUL anywhere, or control bytes other than tab, line feed, carriage return, form feed and escape. */
    private static boolean hasBinaryBytes(byte[] bytes) {
        int controls = 0;
        int limit = Math.min(bytes.length, CONTROL_SCAN_BYTES);
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == 0) {
                return true;
            }
            if (i < limit && b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                controls++;
            }
        }
        return controls > 0 && controls * 100 > limit;
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
