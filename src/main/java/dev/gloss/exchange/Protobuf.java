package dev.gloss.exchange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Just enough of the protobuf wire format for the few small messages in Anki packages (package meta, media
 * list, note type and deck configs). Malformed input throws {@link IllegalArgumentException}.
 */
final class Protobuf {
    private static final int VARINT = 0;
    private static final int FIXED64 = 1;
    private static final int LENGTH_DELIMITED = 2;
    private static final int FIXED32 = 5;

    /** One field: varints and fixed numbers in {@code number}, strings and messages in {@code bytes}. */
    record Field(int tag, long number, byte[] bytes) {
        String string() {
            return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private Protobuf() {
    }

    static List<Field> fields(byte[] message) {
        List<Field> out = new ArrayList<>();
        if (message == null) {
            return out;
        }
        int[] pos = {0};
        while (pos[0] < message.length) {
            long key = varint(message, pos);
            int tag = (int) (key >>> 3);
            int wire = (int) (key & 7);
            if (tag <= 0) {
                throw new IllegalArgumentException("field number 0");
            }
            switch (wire) {
                case VARINT -> out.add(new Field(tag, varint(message, pos), null));
                case FIXED64 -> out.add(new Field(tag, little(message, pos, 8), null));
                case FIXED32 -> out.add(new Field(tag, little(message, pos, 4), null));
                case LENGTH_DELIMITED -> {
                    long length = varint(message, pos);
                    if (length < 0 || length > message.length - pos[0]) {
                        throw new IllegalArgumentException("length past the end");
                    }
                    int start = pos[0];
                    pos[0] += (int) length;
                    out.add(new Field(tag, 0, Arrays.copyOfRange(message, start, pos[0])));
                }
                default -> throw new IllegalArgumentException("unsupported wire type " + wire);
            }
        }
        return out;
    }

    /** The last value of a field (protobuf's rule for repeated scalars), or null. */
    static Field last(List<Field> fields, int tag) {
        Field found = null;
        for (Field f : fields) {
            if (f.tag() == tag) {
                found = f;
            }
        }
        return found;
    }

    private static long varint(byte[] b, int[] pos) {
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos[0] >= b.length) {
                throw new IllegalArgumentException("truncated varint");
            }
            byte x = b[pos[0]++];
            result |= (long) (x & 0x7F) << shift;
            if ((x & 0x80) == 0) {
                return result;
            }
        }
        throw new IllegalArgumentException("varint too long");
    }

    private static long little(byte[] b, int[] pos, int size) {
        if (b.length - pos[0] < size) {
            throw new IllegalArgumentException("truncated fixed field");
        }
        long v = 0;
        for (int i = size - 1; i >= 0; i--) {
            v = (v << 8) | (b[pos[0] + i] & 0xFF);
        }
        pos[0] += size;
        return v;
    }
}
