package dev.gloss.exchange;

import dev.gloss.GlossException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The most bytes a package may unpack to, counted as they come out of the decompressor (declared sizes can
 * lie), so that a zip or zstd bomb stops early instead of filling the disk.
 */
final class UnpackBudget {
    /** 2 GiB: far above any real deck, far below a full disk. */
    static final long DEFAULT_LIMIT = 2L << 30;

    private final String source;
    private final long limit;
    private long used;

    UnpackBudget(String source, long limit) {
        this.source = source;
        this.limit = limit;
    }

    long limit() {
        return limit;
    }

    void checkDeclared(long declaredTotal) {
        if (declaredTotal > limit) {
            throw tooBig();
        }
    }

    /** Copies {@code in} to {@code out}, counting every byte against the budget. */
    void copy(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[1 << 16];
        int n;
        while ((n = in.read(buffer)) > 0) {
            used += n;
            if (used > limit) {
                throw tooBig();
            }
            out.write(buffer, 0, n);
        }
    }

    byte[] readAll(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        copy(in, out);
        return out.toByteArray();
    }

    private GlossException tooBig() {
        return new GlossException(source + ": refused: it unpacks to more than " + human(limit)
                + ", which no real deck needs (a zip bomb?)");
    }

    private static String human(long bytes) {
        if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
            return (bytes >> 30) + " GiB";
        }
        if (bytes >= 1L << 20 && bytes % (1L << 20) == 0) {
            return (bytes >> 20) + " MiB";
        }
        return bytes + " bytes";
    }
}
