package dev.gloss.glossary;

import dev.gloss.GlossException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files that cannot be read are named in a warning and skipped; only when nothing is left is it an error. */
class BadInputTest {
    private static final String GOOD = """
            # Queue

            A queue is a first-in, first-out collection where items leave in the order they arrived.
            """;

    @TempDir
    Path dir;

    @Test
    void badFilesAreNamedInWarningsAndTheGoodOneIsStillRead() throws IOException {
        Path good = write("good.md", GOOD);
        Path empty = write("empty.txt", "");
        Path blank = write("blank.md", "  \n\n\t\n");
        Path binary = writeBytes("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0});
        Path noTerm = write("notes.txt", "just some words without any structure at all, really nothing here.");
        Path brokenHtml = write("broken.html", "<html><body><div><p>unclosed <b>tags <i>and <div></span>");

        GenerationResult result = GlossaryDecks.generate(List.of(good, empty, blank, binary, noTerm, brokenHtml), null);

        assertThat(result.deck().entries()).extracting(e -> e.term()).containsExactly("Queue");
        assertThat(result.warnings()).containsExactly(
                empty + ": skipped, empty file",
                blank + ": skipped, empty file",
                binary + ": skipped, binary file",
                noTerm + ": skipped, no glossary terms found",
                brokenHtml + ": skipped, no glossary terms found (malformed HTML)");
        assertThat(result.summary()).endsWith("from 1 file; 5 skipped (empty file: 2, binary file: 1, "
                + "no glossary terms found: 1, no glossary terms found (malformed HTML): 1)");
    }

    @Test
    void invalidUtf8IsBinaryUnlessItIsMostlyAsciiText() throws IOException {
        byte[] garbage = new byte[600];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (0x80 + (i * 37) % 120);
        }
        Path binary = writeBytes("garbage.txt", garbage);
        Path latin1 = writeBytes("latin1.md", ("# Caf\u00e9\n\nA caf\u00e9 is a small restaurant that serves coffee "
                + "and light meals.\n").getBytes(StandardCharsets.ISO_8859_1));

        GenerationResult result = GlossaryDecks.generate(List.of(binary, latin1), null);

        assertThat(result.warnings()).containsExactly(binary + ": skipped, binary file (not UTF-8 text)");
        assertThat(result.deck().entries()).singleElement().satisfies(e -> assertThat(e.term()).isEqualTo("Café"));
    }

    @Test
    void aByteOrderMarkIsIgnored() throws IOException {
        Path withBom = write("bom.md", "\uFEFF" + GOOD);

        GenerationResult result = GlossaryDecks.generate(List.of(withBom), null);

        assertThat(result.deck().entries()).extracting(e -> e.term()).containsExactly("Queue");
    }

    @Test
    void whenNothingCanBeReadTheErrorNamesEveryFileAndWhy() throws IOException {
        Path empty = write("empty.txt", "");
        Path binary = writeBytes("data.bin", new byte[] {1, 2, 0, 4});

        assertThatThrownBy(() -> GlossaryDecks.generate(List.of(empty, binary), null))
                .isInstanceOf(GlossException.class)
                .hasMessage("no glossary terms found in " + empty + " (empty file), " + binary + " (binary file)");
    }

    @Test
    void aMissingPathIsAWarningLikeAnyOtherUnreadableInput() throws IOException {
        Path good = write("good.md", GOOD);
        Path missing = dir.resolve("missing.md");

        GenerationResult result = GlossaryDecks.generate(List.of(good, missing), null);

        assertThat(result.warnings()).containsExactly(missing + ": skipped, no such file or folder");
    }

    @Test
    void foldersAreReadRecursivelyInNameOrderLeavingHiddenFilesOut() throws IOException {
        Path root = dir.resolve("pages");
        Files.createDirectories(root.resolve("b/nested"));
        Files.createDirectories(root.resolve(".git"));
        Files.writeString(root.resolve("b/nested/stack.page"), """
                # Stack

                A stack is a last-in, first-out collection where the newest item leaves first.
                """);
        Files.writeString(root.resolve("a.md"), GOOD);
        Files.write(root.resolve(".git/index"), new byte[] {0, 1, 2});
        Files.writeString(root.resolve(".hidden.md"), "# Hidden\n\nA hidden term that must not be read at all.\n");

        GenerationResult result = GlossaryDecks.generate(List.of(root), null);

        assertThat(result.deck().entries()).extracting(e -> e.term()).containsExactly("Queue", "Stack");
        assertThat(result.warnings()).isEmpty();
        assertThat(result.deck().name()).isEqualTo("pages");
    }

    @Test
    void theFormatIsChosenByContentNotByExtension() throws IOException {
        Path htmlAsTxt = write("page.txt", "<html><body><h1>What is a Mutex?</h1><p>A mutex is a lock that lets only "
                + "one thread at a time enter a critical section.</p></body></html>");

        GenerationResult result = GlossaryDecks.generate(List.of(htmlAsTxt), "Concurrency");

        assertThat(result.deck().name()).isEqualTo("Concurrency");
        assertThat(result.deck().cards().get(0).back())
                .isEqualTo("A mutex is a lock that lets only one thread at a time enter a critical section.");
    }

    @Test
    void theSameFileGivenTwiceIsReadOnce() throws IOException {
        Path good = write("good.md", GOOD);

        GenerationResult result = GlossaryDecks.generate(List.of(good, dir), null);

        assertThat(result.deck().entries()).hasSize(1);
        assertThat(result.deck().entries().get(0).sources()).containsExactly("good.md");
    }

    @Test
    void anInvalidDeckNameIsAUserErrorNotACrash() throws IOException {
        Path good = write("good.md", GOOD);

        assertThatThrownBy(() -> GlossaryDecks.generate(List.of(good), "Languages::"))
                .isInstanceOf(GlossException.class).hasMessageStartingWith("deck name 'Languages::' is not valid");
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private Path writeBytes(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }
}
