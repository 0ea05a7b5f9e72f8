package dev.gloss.exchange;

import dev.gloss.GlossException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The importers Gloss has, in the order they are asked whether they recognise a file (the most particular
 * first; glossary pages take .txt files that do not read as tables, plain CSV takes the rest, last). Adding a format is adding a class to this list.
 */
public final class Importers {
    private static final List<Importer> ALL = List.of(
            new DeckJsonImporter(),
            new AnkiPackageImporter(),
            new RevlogImporter(),
            new AnkiTextImporter(),
            new GlossaryImporter(),
            new CsvImporter());

    private Importers() {
    }

    public static GlossaryImporter glossary() {
        return (GlossaryImporter) ALL.stream().filter(i -> i instanceof GlossaryImporter).findFirst().orElseThrow();
    }

    public static List<Importer> all() {
        return ALL;
    }

    public static List<String> formats() {
        return ALL.stream().map(Importer::format).toList();
    }

    /** The importer for {@code --format NAME}, or the one that recognises the file when the format is "auto". */
    public static Importer choose(String format, ImportSource source) {
        if (format != null && !format.equals("auto")) {
            return ALL.stream().filter(i -> i.format().equals(format)).findFirst()
                    .orElseThrow(() -> new GlossException("unknown format '" + format + "' (formats: auto, "
                            + String.join(", ", formats()) + ")"));
        }
        return ALL.stream().filter(i -> i.recognizes(source)).findFirst()
                .orElseThrow(() -> new GlossException(source.name() + ": unknown format (Gloss imports "
                        + ALL.stream().map(Importer::description).collect(Collectors.joining(", "))
                        + "); name its format with --format"));
    }
}
