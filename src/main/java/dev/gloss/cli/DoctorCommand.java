package dev.gloss.cli;

import dev.gloss.store.Health;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.concurrent.Callable;

@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Check the collection: SQLite's integrity check, foreign keys, schema version and counts.")
final class DoctorCommand implements Callable<Integer> {
    private final AppContext context;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    DoctorCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Health h = Health.check(context.databaseWithoutBundled());
        PrintStream out = context.io().out();
        if (json) {
            JsonOut.write(out, g -> {
                g.writeStartObject();
                g.writeBooleanField("ok", h.ok());
                g.writeStringField("path", h.path().toString());
                g.writeNumberField("file_bytes", h.fileBytes());
                g.writeNumberField("schema_version", h.schemaVersion());
                g.writeNumberField("latest_schema", h.latestSchema());
                g.writeStringField("journal_mode", h.journalMode());
                g.writeNumberField("decks", h.decks());
                g.writeNumberField("cards", h.cards());
                g.writeNumberField("reviews", h.reviews());
                g.writeArrayFieldStart("problems");
                for (String p : h.problems()) {
                    g.writeString(p);
                }
                g.writeEndArray();
                g.writeEndObject();
            });
        } else {
            out.println("Collection:  " + h.path() + " (" + h.fileBytes() / 1024 + " KiB, " + h.journalMode() + ")");
            out.println("Schema:      version " + h.schemaVersion() + " of " + h.latestSchema());
            out.println("Contents:    " + h.decks() + " decks, " + h.cards() + " cards, " + h.reviews() + " reviews");
            if (h.problems().isEmpty()) {
                out.println("Integrity:   ok");
            } else {
                out.println("Integrity:   " + h.problems().size() + " problem(s):");
                h.problems().forEach(p -> out.println("  " + p));
                out.println("Restore a backup copy of the file, or export what can be read with 'gloss export'.");
            }
        }
        return h.ok() ? 0 : 1;
    }
}
