package dev.gloss.exchange;

import dev.gloss.GlossException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * A file to import: its path, the name errors use (as the user wrote it), its extension, and its first bytes
 * for recognising the format.
 */
public record ImportSource(Path path, String name, String extension, byte[] head) {
    static final int HEAD_BYTES = 8192;

    public static ImportSource of(Path path) {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            throw new GlossException(name + " is a folder; give the files to import");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(HEAD_BYTES);
        } catch (NoSuchFileException e) {
            throw new GlossException(name + ": no such file");
        } catch (IOException e) {
            throw new GlossException(name + ": cannot read (" + e.getMessage() + ")");
        }
        String file = path.getFileName() == null ? "" : path.getFileName().toString();
        int dot = file.lastIndexOf('.');
        String extension = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
        return new ImportSource(path, name, extension, head);
    }

    /** The file name without folder and extension: the deck name when nothing else gives one. */
    public String stem() {
        String file = path.getFileName() == null ? name : path.getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot <= 0 ? file : file.substring(0, dot);
    }

    boolean isZip() {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /** The first bytes as text (a broken character at the cut is harmless for recognising). */
    String headText() {
        int from = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        return new String(head, from, head.length - from, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImportSource s && s.path.equals(path) && Arrays.equals(s.head, head);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
