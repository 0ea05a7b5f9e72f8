package dev.gloss.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gloss.GlossException;
import org.sqlite.Collation;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;

import java.util.List;
import java.util.Map;

/** Reads an unpacked Anki collection (SQLite, schema 11 or 18) into an {@link AnkiCollection}. */
final class AnkiCollectionReader {
    /** Jackson starts only for the legacy layouts that need it. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
    private static final String FIELD_SEPARATOR = "\u001f";

    private final String source;

    AnkiCollectionReader(String source) {
        this.source = source;
    }

    AnkiCollection read(Path file) {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setReadOnly(true);
        try (Connection c = cfg.createConnection("jdbc:sqlite:" + file)) {
            // schema 18 declares columns with Anki's own collation; any case-insensitive order will do here
            Collation.create(c, "unicase", new Collation() {
                @Override
                protected int xCompare(String a, String b) {
                    return a.compareToIgnoreCase(b);
                }
            });
            long crt = crt(c);
            boolean tables = hasTable(c, "notetypes");
            Map<Long, AnkiCollection.NoteType> types = tables ? noteTypes(c) : noteTypesFromJson(c);
            Map<Long, AnkiCollection.DeckInfo> decks = tables ? decks(c) : decksFromJson(c);
            return new AnkiCollection(crt, types, decks, notes(c), cards(c), reviews(c));
        } catch (SQLException e) {
            throw new GlossException(source + ": not a valid Anki package (its collection is not a readable Anki"
                    + " database: " + firstLine(e.getMessage()) + ")");
        }
    }

    private long crt(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT crt FROM col");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("the col table is empty");
            }
            return rs.getLong(1);
        }
    }

    private static boolean hasTable(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private Map<Long, AnkiCollection.NoteType> noteTypes(Connection c) throws SQLException {
        Map<Long, List<String>> fields = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT f.ntid, f.name FROM fields f"
                + " JOIN notetypes n ON n.id = f.ntid ORDER BY f.ntid, f.ord");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                fields.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        Map<Long, List<AnkiCollection.Template>> templates = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.ntid, t.ord, t.name, t.config FROM templates t"
                + " JOIN notetypes n ON n.id = t.ntid ORDER BY t.ntid, t.ord");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                List<Protobuf.Field> config = proto(rs.getBytes(4), "a card template");
                templates.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new AnkiCollection.Template(
                        rs.getInt(2), rs.getString(3), string(config, 1), string(config, 2)));
            }
        }
        Map<Long, AnkiCollection.NoteType> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, config FROM notetypes");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                Protobuf.Field kind = Protobuf.last(proto(rs.getBytes(3), "a note type"), 1);
                out.put(id, new AnkiCollection.NoteType(id, rs.getString(2), kind != null && kind.number() == 1,
                        fields.getOrDefault(id, List.of()), templates.getOrDefault(id, List.of())));
            }
        }
        return out;
    }

    private Map<Long, AnkiCollection.NoteType> noteTypesFromJson(Connection c) throws SQLException {
        Map<Long, AnkiCollection.NoteType> out = new HashMap<>();
        JsonNode models = colJson(c, "models");
        for (JsonNode m : iterable(models)) {
            long id = m.path("id").asLong();
            List<JsonNode> flds = sortedByOrd(m.path("flds"));
            List<String> names = flds.stream().map(f -> f.path("name").asText()).toList();
            List<AnkiCollection.Template> templates = new ArrayList<>();
            List<JsonNode> tmpls = sortedByOrd(m.path("tmpls"));
            for (int i = 0; i < tmpls.size(); i++) {
                JsonNode t = tmpls.get(i);
                templates.add(new AnkiCollection.Template(t.path("ord").asInt(i), t.path("name").asText(),
                        t.path("qfmt").asText(), t.path("afmt").asText()));
            }
            out.put(id, new AnkiCollection.NoteType(id, m.path("name").asText(), m.path("type").asInt() == 1, names,
                    templates));
        }
        return out;
    }

    private Map<Long, AnkiCollection.DeckInfo> decks(Connection c) throws SQLException {
        Map<Long, AnkiCollection.DeckInfo> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, kind FROM decks");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                List<Protobuf.Field> kind = proto(rs.getBytes(3), "a deck");
                Protobuf.Field normal = Protobuf.last(kind, 1);
                boolean filtered = Protobuf.last(kind, 2) != null;
                String description = normal == null ? "" : string(proto(normal.bytes(), "a deck"), 4);
                String name = rs.getString(2).replace(FIELD_SEPARATOR, "::");
                out.put(rs.getLong(1), new AnkiCollection.DeckInfo(rs.getLong(1), name, filtered, description));
            }
        }
        return out;
    }

    private Map<Long, AnkiCollection.DeckInfo> decksFromJson(Connection c) throws SQLException {
        Map<Long, AnkiCollection.DeckInfo> out = new HashMap<>();
        for (JsonNode d : iterable(colJson(c, "decks"))) {
            long id = d.path("id").asLong();
            out.put(id, new AnkiCollection.DeckInfo(id, d.path("name").asText().replace(FIELD_SEPARATOR, "::"),
                    d.path("dyn").asInt() != 0, d.path("desc").asText("")));
        }
        return out;
    }

    private List<AnkiCollection.Note> notes(Connection c) throws SQLException {
        List<AnkiCollection.Note> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, guid, mid, tags, flds FROM notes ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String tags = rs.getString(4) == null ? "" : rs.getString(4).strip();
                String flds = rs.getString(5) == null ? "" : rs.getString(5);
                out.add(new AnkiCollection.Note(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        tags.isEmpty() ? List.of() : Arrays.asList(tags.split("\\s+")),
                        Arrays.asList(flds.split(FIELD_SEPARATOR, -1))));
            }
        }
        return out;
    }

    private List<AnkiCollection.CardRow> cards(Connection c) throws SQLException {
        List<AnkiCollection.CardRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, nid, did, ord, type, queue, due, ivl, factor, reps,"
                + " lapses, left, odue, odid, data FROM cards ORDER BY nid, ord");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new AnkiCollection.CardRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6), rs.getLong(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
                        rs.getInt(11), rs.getInt(12), rs.getLong(13), rs.getLong(14),
                        rs.getString(15) == null ? "" : rs.getString(15)));
            }
        }
        return out;
    }

    private List<AnkiCollection.Review> reviews(Connection c) throws SQLException {
        List<AnkiCollection.Review> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, cid, ease, ivl, lastIvl, factor, time, type"
                + " FROM revlog ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new AnkiCollection.Review(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6), rs.getLong(7), rs.getInt(8)));
            }
        }
        return out;
    }

    private JsonNode colJson(Connection c, String column) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + column + " FROM col");
             ResultSet rs = ps.executeQuery()) {
            String text = rs.next() ? rs.getString(1) : null;
            if (text == null || text.isBlank()) {
                return Json.MAPPER.createObjectNode();
            }
            return Json.MAPPER.readTree(text);
        } catch (IOException e) {
            throw new SQLException("col." + column + " is not valid JSON");
        }
    }

    private static Iterable<JsonNode> iterable(JsonNode object) {
        List<JsonNode> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.properties().iterator(); it.hasNext(); ) {
            JsonNode v = it.next().getValue();
            if (v.isObject()) {
                out.add(v);
            }
        }
        return out;
    }

    private static List<JsonNode> sortedByOrd(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        out.sort(Comparator.comparingInt(n -> n.path("ord").asInt(0)));
        return out;
    }

    private List<Protobuf.Field> proto(byte[] bytes, String what) throws SQLException {
        try {
            return Protobuf.fields(bytes);
        } catch (IllegalArgumentException e) {
            throw new SQLException("the config of " + what + " is damaged");
        }
    }

    private static String string(List<Protobuf.Field> fields, int tag) {
        Protobuf.Field f = Protobuf.last(fields, tag);
        return f == null ? "" : f.string();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

}
