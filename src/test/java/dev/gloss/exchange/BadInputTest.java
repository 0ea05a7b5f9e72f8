package dev.gloss.exchange;

import dev.gloss.GlossException;
import dev.gloss.cli.CliRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static dev.gloss.exchange.AnkiPackageBuilder.BASIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bad input of every kind: exit 1, one sentence naming the file and what is wrong, and the collection (and its
 * media folder) byte for byte as before.
 */
class BadInputTest {
    @TempDir
    Path dir;
    Collection collection;
    byte[] before;

    @BeforeEach
    void collectionWithCards() throws Exception {
        collection = new Collection(dir);
        collection.importing(collection.resource("anki/basic-10.apkg"));
        before = collection.bytes();
    }

    private void refused(Path file, String... whatIsWrong) throws Exception {
        refusedWith(new String[]{"import", file.toString()}, file, whatIsWrong);
    }

    private void refusedWith(String[] args, Path file, String... whatIsWrong) throws Exception {
        CliRunner.Result r = collection.run(args);
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).startsWith("gloss: " + file);
        for (String part : whatIsWrong) {
            assertThat(r.err()).contains(part);
        }
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.out()).isEmpty();
        assertThat(collection.bytes()).isEqualTo(before);
        assertThat(dir.resolve("media")).doesNotExist();
    }

    private Path goodPackage(String name) throws Exception {
        AnkiPackageBuilder b = new AnkiPackageBuilder(1_793_505_600L);
        b.note(BASIC, b.deck("Good"), "good", "", "good front", "good back");
        b.media("good.png", new byte[]{1, 2, 3});
        return b.write(dir.resolve(name), AnkiPackageBuilder.Layout.MODERN);
    }

    @Test
    void aCorruptZip() throws Exception {
        Path file = dir.resolve("corrupt.apkg");
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        noise[0] = 'P';
        noise[1] = 'K';
        noise[2] = 3;
        noise[3] = 4;
        Files.write(file, noise);
        refused(file, "not a valid Anki package", "corrupt or truncated");
    }

    @Test
    void aTruncatedZip() throws Exception {
        Path good = goodPackage("whole.apkg");
        byte[] bytes = Files.readAllBytes(good);
        Path file = dir.resolve("truncated.apkg");
        Files.write(file, Arrays.copyOf(bytes, bytes.length * 2 / 3));
        refused(file, "corrupt or truncated");
    }

    @Test
    void anEntryThatClimbsOutOfTheFolder() throws Exception {
        AnkiPackageBuilder b = new AnkiPackageBuilder(1_793_505_600L);
        b.note(BASIC, b.deck("Evil"), "e", "", "front", "back");
        b.rawEntry("../../evil.sh", "rm -rf ~".getBytes(StandardCharsets.UTF_8));
        Path file = b.write(dir.resolve("climb.apkg"), AnkiPackageBuilder.Layout.LEGACY_ANKI21);
        refused(file, "unsafe name", "../../evil.sh");
        assertThat(dir.getParent().resolve("evil.sh")).doesNotExist();
    }

    @Test
    void aMediaFileWhoseNameClimbsOut() throws Exception {
        AnkiPackageBuilder b = new AnkiPackageBuilder(1_793_505_600L);
        b.note(BASIC, b.deck("Evil"), "e", "", "front", "back");
        b.media("../escape.png", new byte[]{1});
        Path file = b.write(dir.resolve("media-climb.apkg"), AnkiPackageBuilder.Layout.MODERN);
        refused(file, "unsafe name");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() throws Exception {
        Path file = dir.resolve("bomb.apkg");
        Files.write(file, withDeclaredSize(zipOf("collection.anki2", new byte[1 << 16]), 3L << 30));
        refused(file, "unpacks to more than 2 GiB");
    }

    @Test
    void aZipBombThatLiesAboutItsSizeStopsAtTheLimit() throws Exception {
        Path file = dir.resolve("liar.apkg");
        Files.write(file, withDeclaredSize(zipOf("collection.anki2", new byte[8 << 20]), 1000));
        ImportSource source = ImportSource.of(file);
        ImportOptions options = new ImportOptions(null, null, dir.resolve("media"), dir, 1 << 20, Instant.EPOCH,
                ZoneOffset.UTC, Progress.NONE);

        assertThatThrownBy(() -> new AnkiPackageImporter().read(source, options))
                .isInstanceOf(GlossException.class)
                .hasMessage(file + ": refused: it unpacks to more than 1 MiB, which no real deck needs (a zip bomb?)");
    }

    @Test
    void aZstdBombStopsAtTheLimitToo() throws Exception {
        Path file = dir.resolve("zstd-bomb.apkg");
        byte[] bomb = AnkiPackageBuilder.zstd(new byte[8 << 20]);
        Files.write(file, zipOf2("meta", new byte[]{8, 3}, "collection.anki21b", bomb));
        ImportSource source = ImportSource.of(file);
        ImportOptions options = new ImportOptions(null, null, dir.resolve("media"), dir, 1 << 20, Instant.EPOCH,
                ZoneOffset.UTC, Progress.NONE);

        assertThatThrownBy(() -> new AnkiPackageImporter().read(source, options))
                .hasMessageContaining("unpacks to more than 1 MiB");
    }

    @Test
    void aPackageWithNoCollection() throws Exception {
        Path file = dir.resolve("empty.apkg");
        Files.write(file, zipOf("media", "{}".getBytes(StandardCharsets.UTF_8)));
        refused(file, "no Anki collection inside");
    }

    @Test
    void aModernPackageMissingItsCollection() throws Exception {
        Path file = dir.resolve("no-anki21b.apkg");
        Files.write(file, zipOf2("meta", new byte[]{8, 3}, "collection.anki2", new byte[]{1}));
        refused(file, "no Anki collection inside");
    }

    @Test
    void aPackageFromANewerAnki() throws Exception {
        AnkiPackageBuilder b = new AnkiPackageBuilder(1_793_505_600L).meta(4);
        b.note(BASIC, b.deck("Future"), "f", "", "front", "back");
        Path file = b.write(dir.resolve("future.apkg"), AnkiPackageBuilder.Layout.MODERN);
        refused(file, "made by a newer Anki (package version 4)");
    }

    @Test
    void aPackageHoldingOnlyThePlaceholder() throws Exception {
        AnkiPackageBuilder b = new AnkiPackageBuilder(1_793_505_600L);
        b.note(BASIC, 1, "p", "", "Please update to the latest Anki version, then import the .colpkg/.apkg file"
                + " again.", "");
        Path file = b.write(dir.resolve("placeholder.apkg"), AnkiPackageBuilder.Layout.LEGACY_ANKI2);
        refused(file, "no Anki collection inside");
    }

    @Test
    void aCollectionThatIsNotADatabase() throws Exception {
        Path file = dir.resolve("garbage.apkg");
        Files.write(file, zipOf("collection.anki21", "this is not sqlite".repeat(100).getBytes(StandardCharsets.UTF_8)));
        refused(file, "not a readable Anki database");
    }

    @Test
    void aCsvWithTheWrongNumberOfColumns() throws Exception {
        Path file = collection.write("words.csv", "front,back\ncat,Katze\ndog,Hund,extra\nbird,Vogel\n");
        refused(file, "line 3", "3 columns, expected 2");
    }

    @Test
    void aCsvThatIsNotUtf8() throws Exception {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "front,back\ncat,Katze\ncaf\u00e9,coffee\n".getBytes(StandardCharsets.ISO_8859_1));
        refused(file, "line 3", "not valid UTF-8");
    }

    @Test
    void anAnkiTextFileThatIsNotUtf8() throws Exception {
        Path file = dir.resolve("notes.txt");
        Files.write(file, "#separator:tab\n#html:false\nk\u00e4se\tcheese\n".getBytes(StandardCharsets.ISO_8859_1));
        refused(file, "line 3", "not valid UTF-8");
    }

    @Test
    void aQuotedFieldNeverClosed() throws Exception {
        Path file = collection.write("open.csv", "front,back\ncat,\"Katze\ndog,Hund\n");
        refused(file, "malformed CSV", "line 2", "never closed");
    }

    @Test
    void anUnknownFormat() throws Exception {
        Path file = dir.resolve("photo.jpg");
        Files.write(file, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 0x10});
        refused(file, "unknown format");
    }

    @Test
    void anUnknownFormatName() throws Exception {
        Path file = collection.write("words.csv", "a,b\n");
        CliRunner.Result r = collection.run("import", "--format", "pdf", file.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("gloss: unknown format 'pdf' (formats: auto, deck, apkg, revlog, anki-text, glossary,"
                + " csv)\n");
        assertThat(collection.bytes()).isEqualTo(before);
    }

    @Test
    void aBadFileAmongGoodOnesImportsNothing() throws Exception {
        Path good = goodPackage("good.apkg");
        Path csv = collection.write("more.csv", "front,back\nsun,Sonne\n");
        Path bad = collection.write("bad.csv", "front,back\nmoon\n");
        refusedWith(new String[]{"import", good.toString(), csv.toString(), bad.toString()}, bad, "line 2");
    }

    private static byte[] zipOf(String name, byte[] content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] zipOf2(String name1, byte[] content1, String name2, byte[] content2) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name1));
            zip.write(content1);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(name2));
            zip.write(content2);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** Rewrites the uncompressed size the zip's headers declare, as a crafted archive would. */
    private static byte[] withDeclaredSize(byte[] zip, long size) {
        byte[] out = zip.clone();
        for (int i = 0; i + 4 <= out.length; i++) {
            if (out[i] == 'P' && out[i + 1] == 'K' && out[i + 2] == 1 && out[i + 3] == 2) {
                putInt(out, i + 24, size);
            } else if (out[i] == 'P' && out[i + 1] == 'K' && out[i + 2] == 3 && out[i + 3] == 4) {
                putInt(out, i + 22, size);
            } else if (out[i] == 'P' && out[i + 1] == 'K' && out[i + 2] == 7 && out[i + 3] == 8) {
                putInt(out, i + 12, size);
            }
        }
        return out;
    }

    private static void putInt(byte[] b, int at, long v) {
        for (int k = 0; k < 4; k++) {
            b[at + k] = (byte) (v >>> (8 * k));
        }
    }
}
