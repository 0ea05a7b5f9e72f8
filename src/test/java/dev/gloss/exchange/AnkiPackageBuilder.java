package dev.gloss.exchange;

import com.github.luben.zstd.ZstdOutputStream;
import org.sqlite.Collation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds Anki packages for tests, the way Anki lays them out: legacy ({@code collection.anki2} or
 * {@code collection.anki21}, schema 11, JSON configs) and modern ({@code collection.anki21b}, schema 18 with
 * protobuf configs and U+001F deck levels, zstd-compressed with a streaming encoder, zstd media list).
 */
final class AnkiPackageBuilder {
    enum Layout { LEGACY_ANKI2, LEGACY_ANKI21, MODERN }

    record NoteType(long id, String name, boolean cloze, List<String> fields, List<String[]> templates) {
    }

    static final NoteType BASIC = new NoteType(1001, "Basic", false, List.of("Front", "Back"),
            List.<String[]>of(new String[]{"Card 1", "{{Front}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}"}));
    static final NoteType REVERSED = new NoteType(1002, "Basic (and reversed card)", false, List.of("Front", "Back"),
            List.of(new String[]{"Card 1", "{{Front}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}"},
                    new String[]{"Card 2", "{{Back}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Front}}"}));
    static final NoteType CLOZE = new NoteType(1003, "Cloze", true, List.of("Text", "Back Extra"),
            List.<String[]>of(new String[]{"Cloze", "{{cloze:Text}}", "{{cloze:Text}}<br>\n{{Back Extra}}"}));

    /** A card row; every column can be set. */
    static final class CardRow {
        long id;
        long nid;
        long did;
        int ord;
        int type;
        int queue;
        long due;
        int ivl;
        int factor;
        int reps;
        int lapses;
        int left;
        long odue;
        long odid;
        String data = "{}";

        CardRow review(long dueDay, int ivl, int factor, int reps, int lapses) {
            type = 2;
            queue = 2;
            due = dueDay;
            this.ivl = ivl;
            this.factor = factor;
            this.reps = reps;
            this.lapses = lapses;
            return this;
        }

        CardRow learning(long dueEpochSeconds, int reps) {
            type = 1;
            queue = 1;
            due = dueEpochSeconds;
            this.reps = reps;
            return this;
        }

        CardRow suspended() {
            queue = -1;
            return this;
        }
    }

    private record Note(long id, String guid, NoteType type, String tags, List<String> fields) {
    }

    private record Review(long id, long cid, int ease, int ivl, int lastIvl, int factor, int time, int type) {
    }

    private final long crt;
    private final Map<Long, NoteType> types = new LinkedHashMap<>();
    private final Map<Long, String> decks = new LinkedHashMap<>();
    private final Map<Long, Boolean> filtered = new LinkedHashMap<>();
    private final Map<Long, String> descriptions = new LinkedHashMap<>();
    private final List<Note> notes = new ArrayList<>();
    private final List<CardRow> cards = new ArrayList<>();
    private final List<Review> reviews = new ArrayList<>();
    private final Map<String, byte[]> media = new LinkedHashMap<>();
    private final Map<String, byte[]> extraEntries = new LinkedHashMap<>();
    private long nextId = 1_600_000_000_000L;
    private Integer metaVersion;
    private boolean placeholder = true;

    /** @param crt the collection's creation time in epoch seconds (day 0 of review due numbers) */
    AnkiPackageBuilder(long crt) {
        this.crt = crt;
        decks.put(1L, "Default");
    }

    long deck(String name) {
        long id = nextId++;
        decks.put(id, name);
        return id;
    }

    long filteredDeck(String name) {
        long id = deck(name);
        filtered.put(id, true);
        return id;
    }

    AnkiPackageBuilder description(long deckId, String html) {
        descriptions.put(deckId, html);
        return this;
    }

    /** Adds a note and its cards (one per template, or per cloze number), all new; returns the cards. */
    List<CardRow> note(NoteType type, long deckId, String guid, String tags, String... fields) {
        types.putIfAbsent(type.id(), type);
        long nid = nextId++;
        notes.add(new Note(nid, guid, type, tags, List.of(fields)));
        List<Integer> ords = new ArrayList<>();
        if (type.cloze()) {
            TreeSet<Integer> numbers = new TreeSet<>();
            for (String f : fields) {
                numbers.addAll(Cloze.numbers(f));
            }
            numbers.forEach(n -> ords.add(n - 1));
        } else {
            for (int i = 0; i < type.templates().size(); i++) {
                ords.add(i);
            }
        }
        List<CardRow> made = new ArrayList<>();
        for (int ord : ords) {
            CardRow c = new CardRow();
            c.id = nextId++;
            c.nid = nid;
            c.did = deckId;
            c.ord = ord;
            c.due = cards.size() + 1;
            cards.add(c);
            made.add(c);
        }
        return made;
    }

    AnkiPackageBuilder review(CardRow card, long epochMs, int ease, int ivl, int lastIvl, int factor, int timeMs,
                              int type) {
        reviews.add(new Review(epochMs, card.id, ease, ivl, lastIvl, factor, timeMs, type));
        return this;
    }

    AnkiPackageBuilder media(String name, byte[] bytes) {
        media.put(name, bytes);
        return this;
    }

    AnkiPackageBuilder rawEntry(String name, byte[] bytes) {
        extraEntries.put(name, bytes);
        return this;
    }

    AnkiPackageBuilder meta(Integer version) {
        this.metaVersion = version;
        return this;
    }

    AnkiPackageBuilder withoutPlaceholder() {
        this.placeholder = false;
        return this;
    }

    Path write(Path file, Layout layout) throws Exception {
        Path dir = Files.createTempDirectory(file.toAbsolutePath().getParent(), "build-");
        Path collection = dir.resolve("collection");
        boolean modern = layout == Layout.MODERN;
        writeCollection(collection, modern);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            Integer meta = metaVersion != null ? metaVersion : modern ? Integer.valueOf(3)
                    : layout == Layout.LEGACY_ANKI21 ? Integer.valueOf(2) : null;
            if (meta != null) {
                put(zip, "meta", new byte[]{0x08, (byte) (int) meta});
            }
            byte[] db = Files.readAllBytes(collection);
            switch (layout) {
                case MODERN -> put(zip, "collection.anki21b", zstd(db));
                case LEGACY_ANKI21 -> put(zip, "collection.anki21", db);
                case LEGACY_ANKI2 -> put(zip, "collection.anki2", db);
            }
            if (layout != Layout.LEGACY_ANKI2 && placeholder) {
                put(zip, "collection.anki2", placeholderCollection(dir.resolve("placeholder")));
            }
            put(zip, "media", modern ? zstd(mediaProtobuf()) : mediaJson());
            int i = 0;
            for (byte[] bytes : media.values()) {
                put(zip, Integer.toString(i++), modern ? zstd(bytes) : bytes);
            }
            for (Map.Entry<String, byte[]> e : extraEntries.entrySet()) {
                put(zip, e.getKey(), e.getValue());
            }
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    static byte[] zstd(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream z = new ZstdOutputStream(out)) { // streaming: the frame carries no content size
            z.write(bytes);
        }
        return out.toByteArray();
    }

    private byte[] mediaJson() {
        StringBuilder sb = new StringBuilder("{");
        int i = 0;
        for (String name : media.keySet()) {
            sb.append(i == 0 ? "" : ",").append('"').append(i).append("\":\"").append(name.replace("\"", "\\\""))
                    .append('"');
            i++;
        }
        return sb.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] mediaProtobuf() throws Exception {
        Proto entries = new Proto();
        for (Map.Entry<String, byte[]> e : media.entrySet()) {
            Proto entry = new Proto().string(1, e.getKey()).varint(2, e.getValue().length)
                    .bytes(3, MessageDigest.getInstance("SHA-1").digest(e.getValue()));
            entries.bytes(1, entry.toBytes());
        }
        return entries.toBytes();
    }

    private byte[] placeholderCollection(Path file) throws Exception {
        AnkiPackageBuilder dummy = new AnkiPackageBuilder(crt);
        dummy.note(BASIC, 1, "placeholder", "", "Please update to the latest Anki version, then import the"
                + " .colpkg/.apkg file again.", "");
        dummy.writeCollection(file, false);
        return Files.readAllBytes(file);
    }

    private void writeCollection(Path file, boolean modern) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Collation.create(c, "unicase", new Collation() {
                @Override
                protected int xCompare(String a, String b) {
                    return a.compareToIgnoreCase(b);
                }
            });
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null,"
                        + " scm integer not null, ver integer not null, dty integer not null, usn integer not null,"
                        + " ls integer not null, conf text not null, models text not null, decks text not null,"
                        + " dconf text not null, tags text not null)");
                st.execute("CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null,"
                        + " mod integer not null, usn integer not null, tags text not null, flds text not null,"
                        + " sfld integer not null, csum integer not null, flags integer not null, data text not null)");
                st.execute("CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null,"
                        + " ord integer not null, mod integer not null, usn integer not null, type integer not null,"
                        + " queue integer not null, due integer not null, ivl integer not null, factor integer not null,"
                        + " reps integer not null, lapses integer not null, left integer not null, odue integer not null,"
                        + " odid integer not null, flags integer not null, data text not null)");
                st.execute("CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null,"
                        + " ease integer not null, ivl integer not null, lastIvl integer not null,"
                        + " factor integer not null, time integer not null, type integer not null)");
                if (modern) {
                    st.execute("CREATE TABLE notetypes (id integer not null primary key, name text not null"
                            + " COLLATE unicase, mtime_secs integer not null, usn integer not null, config blob not null)");
                    st.execute("CREATE UNIQUE INDEX idx_notetypes_name ON notetypes (name)");
                    st.execute("CREATE TABLE fields (ntid integer not null, ord integer not null, name text not null"
                            + " COLLATE unicase, config blob not null, PRIMARY KEY (ntid, ord)) without rowid");
                    st.execute("CREATE TABLE templates (ntid integer not null, ord integer not null, name text not null"
                            + " COLLATE unicase, mtime_secs integer not null, usn integer not null, config blob not null,"
                            + " PRIMARY KEY (ntid, ord)) without rowid");
                    st.execute("CREATE TABLE decks (id integer primary key not null, name text not null COLLATE"
                            + " unicase, mtime_secs integer not null, usn integer not null, common blob not null,"
                            + " kind blob not null)");
                    st.execute("CREATE UNIQUE INDEX idx_decks_name ON decks (name)");
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO col VALUES (1, ?, 0, 0, ?, 0, 0, 0, '{}', ?, ?,"
                    + " '{}', '{}')")) {
                ps.setLong(1, crt);
                ps.setInt(2, modern ? 18 : 11);
                ps.setString(3, modern ? "" : modelsJson());
                ps.setString(4, modern ? "" : decksJson());
                ps.executeUpdate();
            }
            if (modern) {
                writeModernConfig(c);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO notes VALUES (?, ?, ?, 0, -1, ?, ?, '', 0, 0,"
                    + " '')")) {
                for (Note n : notes) {
                    ps.setLong(1, n.id());
                    ps.setString(2, n.guid());
                    ps.setLong(3, n.type().id());
                    ps.setString(4, n.tags());
                    ps.setString(5, String.join("\u001f", n.fields()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO cards VALUES (?, ?, ?, ?, 0, -1, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?, 0, ?)")) {
                for (CardRow r : cards) {
                    ps.setLong(1, r.id);
                    ps.setLong(2, r.nid);
                    ps.setLong(3, r.did);
                    ps.setInt(4, r.ord);
                    ps.setInt(5, r.type);
                    ps.setInt(6, r.queue);
                    ps.setLong(7, r.due);
                    ps.setInt(8, r.ivl);
                    ps.setInt(9, r.factor);
                    ps.setInt(10, r.reps);
                    ps.setInt(11, r.lapses);
                    ps.setInt(12, r.left);
                    ps.setLong(13, r.odue);
                    ps.setLong(14, r.odid);
                    ps.setString(15, r.data);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)")) {
                for (Review r : reviews) {
                    ps.setLong(1, r.id());
                    ps.setLong(2, r.cid());
                    ps.setInt(3, r.ease());
                    ps.setInt(4, r.ivl());
                    ps.setInt(5, r.lastIvl());
                    ps.setInt(6, r.factor());
                    ps.setInt(7, r.time());
                    ps.setInt(8, r.type());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
        }
    }

    private void writeModernConfig(Connection c) throws Exception {
        try (PreparedStatement nt = c.prepareStatement("INSERT INTO notetypes VALUES (?, ?, 0, 0, ?)");
             PreparedStatement f = c.prepareStatement("INSERT INTO fields VALUES (?, ?, ?, ?)");
             PreparedStatement t = c.prepareStatement("INSERT INTO templates VALUES (?, ?, ?, 0, 0, ?)")) {
            for (NoteType type : types.values()) {
                nt.setLong(1, type.id());
                nt.setString(2, type.name());
                nt.setBytes(3, (type.cloze() ? new Proto().varint(1, 1) : new Proto()).string(3, ".card {}").toBytes());
                nt.executeUpdate();
                for (int i = 0; i < type.fields().size(); i++) {
                    f.setLong(1, type.id());
                    f.setInt(2, i);
                    f.setString(3, type.fields().get(i));
                    f.setBytes(4, new Proto().string(2, "Arial").toBytes());
                    f.executeUpdate();
                }
                for (int i = 0; i < type.templates().size(); i++) {
                    String[] tmpl = type.templates().get(i);
                    t.setLong(1, type.id());
                    t.setInt(2, i);
                    t.setString(3, tmpl[0]);
                    t.setBytes(4, new Proto().string(1, tmpl[1]).string(2, tmpl[2]).toBytes());
                    t.executeUpdate();
                }
            }
            // an orphan template row, as real exports have: it must be ignored
            t.setLong(1, 999);
            t.setInt(2, 0);
            t.setString(3, "Orphan");
            t.setBytes(4, new Proto().string(1, "{{Nope}}").toBytes());
            t.executeUpdate();
        }
        try (PreparedStatement d = c.prepareStatement("INSERT INTO decks VALUES (?, ?, 0, 0, ?, ?)")) {
            for (Map.Entry<Long, String> e : decks.entrySet()) {
                d.setLong(1, e.getKey());
                d.setString(2, e.getValue().replace("::", "\u001f"));
                d.setBytes(3, new Proto().varint(1, 1).toBytes());
                Proto kind = filtered.getOrDefault(e.getKey(), false)
                        ? new Proto().bytes(2, new Proto().varint(1, 1).toBytes())
                        : new Proto().bytes(1, new Proto().varint(1, 1)
                        .string(4, descriptions.getOrDefault(e.getKey(), "")).toBytes());
                d.setBytes(4, kind.toBytes());
                d.executeUpdate();
            }
        }
    }

    private String modelsJson() {
        StringBuilder sb = new StringBuilder("{");
        int n = 0;
        for (NoteType t : types.values()) {
            sb.append(n++ == 0 ? "" : ",").append('"').append(t.id()).append("\":{\"id\":").append(t.id())
                    .append(",\"name\":").append(json(t.name())).append(",\"type\":").append(t.cloze() ? 1 : 0)
                    .append(",\"flds\":[");
            for (int i = 0; i < t.fields().size(); i++) {
                sb.append(i == 0 ? "" : ",").append("{\"name\":").append(json(t.fields().get(i))).append(",\"ord\":")
                        .append(i).append('}');
            }
            sb.append("],\"tmpls\":[");
            for (int i = 0; i < t.templates().size(); i++) {
                String[] tmpl = t.templates().get(i);
                sb.append(i == 0 ? "" : ",").append("{\"name\":").append(json(tmpl[0])).append(",\"ord\":").append(i)
                        .append(",\"qfmt\":").append(json(tmpl[1])).append(",\"afmt\":").append(json(tmpl[2]))
                        .append('}');
            }
            sb.append("]}");
        }
        return sb.append('}').toString();
    }

    private String decksJson() {
        StringBuilder sb = new StringBuilder("{");
        int n = 0;
        for (Map.Entry<Long, String> e : decks.entrySet()) {
            sb.append(n++ == 0 ? "" : ",").append('"').append(e.getKey()).append("\":{\"id\":").append(e.getKey())
                    .append(",\"name\":").append(json(e.getValue())).append(",\"dyn\":")
                    .append(filtered.getOrDefault(e.getKey(), false) ? 1 : 0).append(",\"desc\":")
                    .append(json(descriptions.getOrDefault(e.getKey(), ""))).append('}');
        }
        return sb.append('}').toString();
    }

    private static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (ch < 0x20) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** A protobuf message writer: just varints and length-delimited fields. */
    static final class Proto {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Proto varint(int field, long value) {
            key(field, 0);
            writeVarint(value);
            return this;
        }

        Proto string(int field, String value) {
            return bytes(field, value.getBytes(StandardCharsets.UTF_8));
        }

        Proto bytes(int field, byte[] value) {
            key(field, 2);
            writeVarint(value.length);
            out.writeBytes(value);
            return this;
        }

        byte[] toBytes() {
            return out.toByteArray();
        }

        private void key(int field, int wire) {
            writeVarint(((long) field << 3) | wire);
        }

        private void writeVarint(long v) {
            while ((v & ~0x7FL) != 0) {
                out.write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            out.write((int) v);
        }
    }
}
