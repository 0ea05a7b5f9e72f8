import com.github.luben.zstd.ZstdOutputStream;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Makes the benchmark inputs: a modern Anki package (schema 18, zstd) with 5,000 cards and their review
 * history, and a 100,000-row CSV. Run with the Gloss jar on the class path (it has sqlite-jdbc and zstd-jni):
 * java -cp target/gloss.jar bench/import/GenerateInputs.java OUT_DIR
 */
public class GenerateInputs {
    static final long CRT = 1_767_240_000L; // 2026-01-01 04:00 UTC
    static final long DAY = 86_400_000L;

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench-import");
        Files.createDirectories(out);
        apkg(out.resolve("cards-5000.apkg"));
        csv(out.resolve("rows-100000.csv"));
    }

    static void csv(Path file) throws Exception {
        StringBuilder sb = new StringBuilder("front,back,tags\n");
        for (int i = 0; i < 100_000; i++) {
            sb.append("word ").append(i).append(",\"meaning of word ").append(i).append(", with a comma\",tag")
                    .append(i % 50).append(" bench\n");
        }
        Files.writeString(file, sb.toString());
    }

    static void apkg(Path file) throws Exception {
        Path db = Files.createTempFile("bench-collection", ".sqlite");
        Files.delete(db);
        Random random = new Random(42);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE col (id integer primary key, crt integer, mod integer, scm integer, ver integer,"
                        + " dty integer, usn integer, ls integer, conf text, models text, decks text, dconf text, tags text)");
                st.execute("CREATE TABLE notes (id integer primary key, guid text, mid integer, mod integer, usn integer,"
                        + " tags text, flds text, sfld integer, csum integer, flags integer, data text)");
                st.execute("CREATE TABLE cards (id integer primary key, nid integer, did integer, ord integer, mod integer,"
                        + " usn integer, type integer, queue integer, due integer, ivl integer, factor integer, reps integer,"
                        + " lapses integer, left integer, odue integer, odid integer, flags integer, data text)");
                st.execute("CREATE TABLE revlog (id integer primary key, cid integer, usn integer, ease integer,"
                        + " ivl integer, lastIvl integer, factor integer, time integer, type integer)");
                st.execute("CREATE TABLE notetypes (id integer primary key, name text, mtime_secs integer, usn integer,"
                        + " config blob)");
                st.execute("CREATE TABLE fields (ntid integer, ord integer, name text, config blob, primary key (ntid, ord))");
                st.execute("CREATE TABLE templates (ntid integer, ord integer, name text, mtime_secs integer, usn integer,"
                        + " config blob, primary key (ntid, ord))");
                st.execute("CREATE TABLE decks (id integer primary key, name text, mtime_secs integer, usn integer,"
                        + " common blob, kind blob)");
                st.execute("INSERT INTO col VALUES (1, " + CRT + ", 0, 0, 18, 0, 0, 0, '{}', '', '', '', '{}')");
            }
            String answer = "{{FrontSide}}<hr id=answer>";
            noteType(c, 1, "Basic", false, new String[]{"Front", "Back"},
                    new String[][]{{"Card 1", "{{Front}}", answer + "{{Back}}"}});
            noteType(c, 2, "Basic (and reversed card)", false, new String[]{"Front", "Back"},
                    new String[][]{{"Card 1", "{{Front}}", answer + "{{Back}}"}, {"Card 2", "{{Back}}", answer + "{{Front}}"}});
            noteType(c, 3, "Cloze", true, new String[]{"Text", "Back Extra"},
                    new String[][]{{"Cloze", "{{cloze:Text}}", "{{cloze:Text}}<br>{{Back Extra}}"}});
            try (PreparedStatement d = c.prepareStatement("INSERT INTO decks VALUES (?, ?, 0, 0, x'0801', ?)")) {
                String[] names = {"Default", "Bench\u001fBasic", "Bench\u001fReversed", "Bench\u001fCloze", "Bench"};
                for (int i = 0; i < names.length; i++) {
                    d.setLong(1, i + 1);
                    d.setString(2, names[i]);
                    d.setBytes(3, new byte[]{0x0A, 0x02, 0x08, 0x01});
                    d.executeUpdate();
                }
            }
            long id = 1_700_000_000_000L;
            int cards = 0;
            try (PreparedStatement note = c.prepareStatement("INSERT INTO notes VALUES (?, ?, ?, 0, -1, ?, ?, '', 0, 0, '')");
                 PreparedStatement card = c.prepareStatement("INSERT INTO cards VALUES (?, ?, ?, ?, 0, -1, ?, ?, ?, ?, ?, ?,"
                         + " ?, 0, 0, 0, 0, '{}')");
                 PreparedStatement rev = c.prepareStatement("INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, 2500, ?, ?)")) {
                int n = 0;
                while (cards < 5000) {
                    long nid = id++;
                    int kind = n % 10 < 6 ? 1 : n % 10 < 8 ? 2 : 3;
                    String fields = switch (kind) {
                        case 1 -> "<b>Question " + n + "</b> &amp; 日本語\u001fAnswer " + n + "<br>line two";
                        case 2 -> "word " + n + "\u001fWort " + n;
                        default -> "{{c1::Cloze " + n + "}} is in <i>text</i>\u001fextra";
                    };
                    note.setLong(1, nid);
                    note.setString(2, "bench" + n);
                    note.setLong(3, kind);
                    note.setString(4, " bench t" + (n % 20) + " ");
                    note.setString(5, fields);
                    note.addBatch();
                    for (int ord = 0; ord < (kind == 2 ? 2 : 1) && cards < 5000; ord++) {
                        long cid = id++;
                        boolean studied = cards % 2 == 0;
                        card.setLong(1, cid);
                        card.setLong(2, nid);
                        card.setLong(3, kind + 1);
                        card.setInt(4, ord);
                        card.setInt(5, studied ? 2 : 0);
                        card.setInt(6, studied ? (cards % 50 == 0 ? -1 : 2) : 0);
                        card.setLong(7, studied ? 40 + random.nextInt(30) : cards);
                        card.setInt(8, studied ? 20 : 0);
                        card.setInt(9, studied ? 2500 : 0);
                        card.setInt(10, studied ? 3 : 0);
                        card.setInt(11, 0);
                        card.addBatch();
                        if (studied) {
                            long t = CRT * 1000 + random.nextInt(20) * DAY + 3_600_000L;
                            int[][] history = {{3, 0}, {3, 1}, {3, 1}};
                            int day = 0;
                            for (int[] h : history) {
                                rev.setLong(1, t + day * DAY + cards);
                                rev.setLong(2, cid);
                                rev.setInt(3, h[0]);
                                rev.setInt(4, day + 3);
                                rev.setInt(5, day);
                                rev.setInt(6, 3000 + random.nextInt(5000));
                                rev.setInt(7, h[1]);
                                rev.addBatch();
                                day += day + 3;
                            }
                        }
                        cards++;
                    }
                    n++;
                }
                note.executeBatch();
                card.executeBatch();
                rev.executeBatch();
            }
            c.commit();
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "meta", new byte[]{0x08, 0x03});
            put(zip, "collection.anki21b", zstd(Files.readAllBytes(db)));
            put(zip, "media", zstd(new byte[0]));
        }
        Files.delete(db);
    }

    static void noteType(Connection c, long id, String name, boolean cloze, String[] fields, String[][] templates)
            throws Exception {
        try (PreparedStatement nt = c.prepareStatement("INSERT INTO notetypes VALUES (?, ?, 0, 0, ?)");
             PreparedStatement f = c.prepareStatement("INSERT INTO fields VALUES (?, ?, ?, x'')");
             PreparedStatement t = c.prepareStatement("INSERT INTO templates VALUES (?, ?, ?, 0, 0, ?)")) {
            nt.setLong(1, id);
            nt.setString(2, name);
            nt.setBytes(3, cloze ? new byte[]{0x08, 0x01} : new byte[0]);
            nt.executeUpdate();
            for (int i = 0; i < fields.length; i++) {
                f.setLong(1, id);
                f.setInt(2, i);
                f.setString(3, fields[i]);
                f.executeUpdate();
            }
            for (int i = 0; i < templates.length; i++) {
                t.setLong(1, id);
                t.setInt(2, i);
                t.setString(3, templates[i][0]);
                t.setBytes(4, concat(field(1, templates[i][1]), field(2, templates[i][2])));
                t.executeUpdate();
            }
        }
    }

    static byte[] field(int number, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(number << 3 | 2);
        int n = bytes.length;
        while ((n & ~0x7F) != 0) {
            out.write((n & 0x7F) | 0x80);
            n >>>= 7;
        }
        out.write(n);
        out.writeBytes(bytes);
        return out.toByteArray();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static byte[] zstd(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream z = new ZstdOutputStream(out)) {
            z.write(bytes);
        }
        return out.toByteArray();
    }

    static void put(ZipOutputStream zip, String name, byte[] bytes) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
