package dev.gloss.exchange;

import dev.gloss.cli.CliRunner;
import dev.gloss.store.CardInfo;
import dev.gloss.store.CardStore;
import dev.gloss.store.Database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A collection in a temp folder, driven through the command line as a person would, and read back. */
final class Collection {
    static final String NOW = "2026-11-24T10:00:00Z";

    final Path dir;
    final Path db;
    final CliRunner gloss;

    Collection(Path dir) {
        this.dir = dir;
        this.db = dir.resolve("gloss.db");
        this.gloss = new CliRunner(db).now(NOW);
    }

    /** Copies a test resource (e.g. "anki/basic-10.apkg") into the folder. */
    Path resource(String name) throws IOException {
        Path target = dir.resolve(name.substring(name.lastIndexOf('/') + 1));
        try (InputStream in = Collection.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    CliRunner.Result run(String... args) {
        return gloss.run(args);
    }

    /** Imports and checks it worked; returns standard output. */
    String importing(Path... files) {
        List<String> args = new ArrayList<>(List.of("import"));
        for (Path f : files) {
            args.add(f.toString());
        }
        CliRunner.Result r = gloss.run(args.toArray(String[]::new));
        if (r.code() != 0) {
            throw new AssertionError("import failed: " + r.err());
        }
        return r.out();
    }

    List<CardInfo> cards() {
        try (Database d = Database.open(db)) {
            return new CardStore(d).list(null, null);
        }
    }

    Map<String, CardInfo> cardsByUid() {
        return cards().stream().collect(Collectors.toMap(CardInfo::uid, Function.identity()));
    }

    CardInfo card(String front) {
        return cards().stream().filter(c -> c.front().equals(front)).findFirst()
                .orElseThrow(() -> new AssertionError("no card with front '" + front + "' among "
                        + cards().stream().map(CardInfo::front).toList()));
    }

    /** Review-log rows as "uid rating reviewed_at" lines, oldest first. */
    List<String> reviews() {
        return rows("SELECT c.uid || ' ' || r.rating || ' ' || r.reviewed_at FROM review_log r JOIN card c"
                + " ON c.id = r.card_id ORDER BY r.reviewed_at, r.id");
    }

    List<String> rows(String sql) {
        try (Database d = Database.open(db)) {
            return d.query(c -> {
                List<String> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        List<String> cells = new ArrayList<>();
                        for (int i = 1; i <= n; i++) {
                            cells.add(rs.getString(i));
                        }
                        out.add(String.join("|", cells));
                    }
                }
                return out;
            });
        }
    }

    List<String> decks() {
        return rows("SELECT name FROM deck ORDER BY name");
    }

    byte[] bytes() throws IOException {
        return Files.readAllBytes(db);
    }
}
