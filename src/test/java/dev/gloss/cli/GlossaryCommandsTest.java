package dev.gloss.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** gloss generate and gloss import of glossary pages, end to end through the command line. */
class GlossaryCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path copy(String resource, Path target) throws Exception {
        Files.createDirectories(target.getParent());
        try (InputStream in = getClass().getResourceAsStream("/glossary/" + resource)) {
            Files.copy(in, target);
        }
        return target;
    }

    @Test
    void generateWritesTheDeckToStdoutAndASummaryToStderr() throws Exception {
        Path a = copy("samples/foundation-model-page-a.txt", dir.resolve("pages/a.txt"));
        copy("samples/foundation-model-page-b.txt", dir.resolve("pages/b.txt"));

        CliRunner.Result r = new CliRunner(dir.resolve("gloss.db")).run("generate", dir.resolve("pages").toString(),
                "--name", "Foundations");

        assertThat(r.code()).isZero();
        JsonNode deck = JSON.readTree(r.out());
        assertThat(deck.get("format").asText()).isEqualTo("gloss-deck/1");
        assertThat(deck.get("name").asText()).isEqualTo("Foundations");
        assertThat(deck.get("entries").findValuesAsText("term")).contains("Foundation Model");
        assertThat(r.err().strip()).startsWith("Foundations: ").contains(" entries, ").contains("definition")
                .contains("from 2 files");
        assertThat(a).exists();
    }

    @Test
    void generateWritesAFileWithDashO() throws Exception {
        Path page = copy("samples/version-control-glossary.md", dir.resolve("vc.md"));
        Path out = dir.resolve("out/vc.json");
        CliRunner.Result r = new CliRunner(dir.resolve("gloss.db")).run("generate", page.toString(), "-o", out.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(JSON.readTree(out.toFile()).get("name").asText()).isEqualTo("Version Control Glossary");
    }

    @Test
    void nothingReadableIsAnErrorNamingTheFilesAndSkippedFilesAreWarnings() throws Exception {
        Path empty = dir.resolve("empty.md");
        Files.writeString(empty, "");
        Path binary = dir.resolve("blob.html");
        Files.write(binary, new byte[]{0, 1, 2, (byte) 0xff, 0, 'x'});
        CliRunner gloss = new CliRunner(dir.resolve("gloss.db"));

        CliRunner.Result none = gloss.run("generate", empty.toString(), binary.toString());
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).startsWith("gloss: no glossary terms found in").contains("empty.md").contains("blob.html");
        assertThat(none.err().strip().lines()).hasSize(1);

        Path good = copy("samples/version-control-glossary.md", dir.resolve("vc.md"));
        CliRunner.Result some = gloss.run("generate", good.toString(), empty.toString());
        assertThat(some.code()).isZero();
        assertThat(some.err()).contains("gloss: warning: " + empty + ": skipped");
    }

    @Test
    void importTakesGlossaryPagesAndFoldersAndKeepsProgressWhenThePagesChange() throws Exception {
        Path folder = dir.resolve("glossary");
        Path page = copy("samples/version-control-glossary.md", folder.resolve("vc.md"));
        CliRunner gloss = new CliRunner(dir.resolve("gloss.db")).now("2026-01-05T10:00:00Z");

        CliRunner.Result first = gloss.run("import", folder.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("imported Version Control Glossary: ");
        gloss.runWithInput("\n4\n", "study", "--plain", "Version Control Glossary");
        JsonNode before = card(gloss, "Commit", "definition");
        assertThat(before.get("reps").asInt()).isEqualTo(1);

        Files.writeString(page, Files.readString(page).replace("A commit is a snapshot of the tracked files",
                "A commit is a recorded snapshot of the tracked files"));
        CliRunner.Result dry = gloss.run("import", "--dry-run", page.toString());
        assertThat(dry.out()).contains("  ~ " + before.get("id").asText() + "  Commit");
        assertThat(gloss.run("import", page.toString()).code()).isZero();

        JsonNode after = card(gloss, "Commit", "definition");
        assertThat(after.get("id").asText()).isEqualTo(before.get("id").asText());
        assertThat(after.get("back").asText()).contains("recorded snapshot");
        assertThat(after.get("reps").asInt()).isEqualTo(1);
        assertThat(after.get("changed").asBoolean()).isTrue();
    }

    @Test
    void aTextFileThatReadsAsATableIsStillCsv() throws Exception {
        Path csv = dir.resolve("words.txt");
        Files.writeString(csv, "front\tback\nhola\thello\nadiós\tgoodbye\n");
        CliRunner gloss = new CliRunner(dir.resolve("gloss.db")).now("2026-01-05T10:00:00Z");
        CliRunner.Result r = gloss.run("import", csv.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(JSON.readTree(gloss.run("cards", "--json").out())).hasSize(2);
    }

    private static JsonNode card(CliRunner gloss, String front, String kind) throws Exception {
        for (JsonNode c : JSON.readTree(gloss.run("cards", "--json").out())) {
            if (c.get("front").asText().equals(front) && c.get("kind").asText().equals(kind)) {
                return c;
            }
        }
        throw new AssertionError("no " + kind + " card '" + front + "'");
    }
}
