package dev.gloss.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.luben.zstd.ZstdInputStream;
import dev.gloss.GlossException;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The zip container of an Anki package (.apkg, .colpkg), opened defensively: entry names with {@code ..} or
 * absolute paths, unknown package versions and oversized contents are refused before anything is unpacked.
 * Knows the three layouts: legacy {@code collection.anki2}, {@code collection.anki21}, and the zstd-compressed
 * {@code collection.anki21b} of Anki 2.1.50+ (whose media list and media files are zstd-compressed too).
 */
final class AnkiPackage implements Closeable {
    static final String PLACEHOLDER = "collection.anki2";
    private static final String META = "meta";
    private static final String MEDIA = "media";
    /** Jackson starts only for the legacy layouts that need it. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    enum Layout {
        LEGACY_1("collection.anki2", false),
        LEGACY_2("collection.anki21", false),
        LATEST("collection.anki21b", true);

        final String collection;
        final boolean zstd;

        Layout(String collection, boolean zstd) {
            this.collection = collection;
            this.zstd = zstd;
        }
    }

    /** A media file in the package: the zip entry that holds it and its real name. */
    record MediaRef(String entry, String name) {
    }

    private final ZipFile zip;
    private final String source;
    private final Layout layout;
    private final UnpackBudget budget;

    private AnkiPackage(ZipFile zip, String source, Layout layout, UnpackBudget budget) {
        this.zip = zip;
        this.source = source;
        this.layout = layout;
        this.budget = budget;
    }

    static AnkiPackage open(Path file, String source, long maxUnpackedBytes) {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new GlossException(source + ": not a valid Anki package (the zip archive is corrupt or truncated)");
        } catch (IOException e) {
            throw new GlossException(source + ": cannot read (" + e.getMessage() + ")");
        }
        try {
            UnpackBudget budget = new UnpackBudget(source, maxUnpackedBytes);
            checkEntries(zip, source, budget);
            Layout layout = layout(zip, source, budget);
            return new AnkiPackage(zip, source, layout, budget);
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    private static void checkEntries(ZipFile zip, String source, UnpackBudget budget) {
        long declared = 0;
        try {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (!isSafeEntryName(e.getName())) {
                    throw new GlossException(source + ": refused: the package holds an entry with an unsafe name ('"
                            + printable(e.getName()) + "')");
                }
                declared += Math.max(0, e.getSize());
            }
        } catch (IllegalArgumentException e) {
            throw new GlossException(source + ": not a valid Anki package (an entry name is not valid UTF-8)");
        }
        budget.checkDeclared(declared);
    }

    static boolean isSafeEntryName(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.startsWith("\\") || name.contains("\\")
                || (name.length() > 1 && name.charAt(1) == ':')) {
            return false;
        }
        for (String part : name.split("/", -1)) {
            if (part.equals("..")) {
                return false;
            }
        }
        return name.chars().noneMatch(ch -> ch < 0x20);
    }

    private static Layout layout(ZipFile zip, String source, UnpackBudget budget) {
        ZipEntry meta = zip.getEntry(META);
        Layout layout;
        if (meta != null) {
            int version = metaVersion(zip, meta, source, budget);
            layout = switch (version) {
                case 1 -> Layout.LEGACY_1;
                case 2 -> Layout.LEGACY_2;
                case 3 -> Layout.LATEST;
                default -> throw new GlossException(source + ": made by a newer Anki (package version " + version
                        + "); export it again with \"Support older Anki versions\" ticked");
            };
        } else {
            layout = zip.getEntry(Layout.LEGACY_2.collection) != null ? Layout.LEGACY_2 : Layout.LEGACY_1;
        }
        if (zip.getEntry(layout.collection) == null) {
            throw new GlossException(source + ": no Anki collection inside (no " + layout.collection + ")");
        }
        return layout;
    }

    private static int metaVersion(ZipFile zip, ZipEntry meta, String source, UnpackBudget budget) {
        try (InputStream in = zip.getInputStream(meta)) {
            byte[] bytes = budget.readAll(in);
            Protobuf.Field version = Protobuf.last(Protobuf.fields(bytes), 1);
            return version == null ? 0 : (int) Math.min(Integer.MAX_VALUE, version.number());
        } catch (IOException | IllegalArgumentException e) {
            throw new GlossException(source + ": not a valid Anki package (its meta entry is damaged)");
        }
    }

    Layout layout() {
        return layout;
    }

    /** True when the package also holds the "please update" placeholder collection that older Ankis read. */
    boolean hasPlaceholder() {
        return layout != Layout.LEGACY_1 && zip.getEntry(PLACEHOLDER) != null;
    }

    /** Unpacks the collection (an SQLite file) to {@code target}. */
    void extractCollection(Path target) {
        extract(zip.getEntry(layout.collection), layout.zstd, target, "its collection");
    }

    /** The media files the package lists, in order. */
    List<MediaRef> media() {
        ZipEntry entry = zip.getEntry(MEDIA);
        if (entry == null) {
            return List.of();
        }
        byte[] bytes;
        try (InputStream in = open(entry, layout.zstd)) {
            bytes = budget.readAll(in);
        } catch (IOException e) {
            throw damaged("its media list");
        }
        try {
            return layout.zstd ? protobufMedia(bytes) : jsonMedia(bytes);
        } catch (IOException | IllegalArgumentException e) {
            throw damaged("its media list");
        }
    }

    private static List<MediaRef> protobufMedia(byte[] bytes) {
        List<MediaRef> out = new ArrayList<>();
        int index = 0;
        for (Protobuf.Field f : Protobuf.fields(bytes)) {
            if (f.tag() != 1 || f.bytes() == null) {
                continue;
            }
            Protobuf.Field name = Protobuf.last(Protobuf.fields(f.bytes()), 1);
            if (name != null && !name.string().isEmpty()) {
                out.add(new MediaRef(Integer.toString(index), name.string()));
            }
            index++;
        }
        return out;
    }

    private static List<MediaRef> jsonMedia(byte[] bytes) throws IOException {
        JsonNode root = Json.MAPPER.readTree(bytes);
        List<MediaRef> out = new ArrayList<>();
        if (root == null || !root.isObject()) {
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isTextual() && !e.getValue().asText().isEmpty()) {
                out.add(new MediaRef(e.getKey(), e.getValue().asText()));
            }
        }
        return out;
    }

    /** Unpacks one media file; false if the package lists it but does not hold it. */
    boolean extractMedia(MediaRef ref, Path target) {
        ZipEntry entry = zip.getEntry(ref.entry());
        if (entry == null) {
            return false;
        }
        extract(entry, layout.zstd, target, "the media file " + ref.name());
        return true;
    }

    private void extract(ZipEntry entry, boolean zstd, Path target, String what) {
        try (InputStream in = open(entry, zstd); OutputStream out = Files.newOutputStream(target)) {
            budget.copy(in, out);
        } catch (IOException e) {
            throw damaged(what);
        }
    }

    private InputStream open(ZipEntry entry, boolean zstd) throws IOException {
        InputStream raw = zip.getInputStream(entry);
        return zstd ? new ZstdInputStream(raw) : raw;
    }

    private GlossException damaged(String what) {
        return new GlossException(source + ": not a valid Anki package (" + what + " is damaged or truncated)");
    }

    /** A name as it can be shown: control characters as '?', at most 80 characters. */
    static String printable(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().limit(80).forEach(cp -> out.appendCodePoint(cp < 0x20 || cp == 0x7F ? '?' : cp));
        return out.toString();
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // already failing
        }
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }
}
