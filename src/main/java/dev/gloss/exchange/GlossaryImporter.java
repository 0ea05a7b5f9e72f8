package dev.gloss.exchange;

import dev.gloss.glossary.GenerationResult;
import dev.gloss.glossary.GlossaryDecks;
import dev.gloss.store.ImportBatch;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Glossary pages (Markdown, HTML, plain-text dumps of web pages): a deck is generated from them, then imported.
 * Several pages (and folders of pages) given to one import become one deck, as {@code gloss generate} makes it.
 */
public final class GlossaryImporter implements Importer {
    private static final Set<String> PAGE_EXTENSIONS = Set.of("md", "markdown", "html", "htm", "xhtml");
    private static final char[] SEPARATORS = {'\t', ',', ';', '|'};

    @Override
    public String format() {
        return "glossary";
    }

    @Override
    public String description() {
        return "glossary pages (.md, .html, .txt, or a folder of them)";
    }

    @Override
    public boolean recognizes(ImportSource source) {
        if (PAGE_EXTENSIONS.contains(source.extension())) {
            return true;
        }
        return source.extension().equals("txt") && !looksDelimited(source.headText());
    }

    @Override
    public ImportBatch read(ImportSource source, ImportOptions options) {
        return readAll(List.of(source.path()), options, warning -> { });
    }

    /** One deck from every page under {@code paths}; warnings name the pages that were skipped. */
    public ImportBatch readAll(List<Path> paths, ImportOptions options, Consumer<String> warnings) {
        GenerationResult result = GlossaryDecks.generate(paths, options.deck());
        result.warnings().forEach(warnings);
        String source = paths.size() == 1 ? paths.get(0).toString() : paths.size() + " glossary sources";
        return ImportBatch.ofDecks(source, List.of(result.deck()));
    }

    /**
     * Whether the first lines read as rows of a table (CSV, TSV, Anki text) rather than prose: most lines hold
     * the same number (one or more) of one separator.
     */
    static boolean looksDelimited(String head) {
        List<String> lines = head.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).limit(20).toList();
        if (lines.size() < 2) {
            return false;
        }
        for (char sep : SEPARATORS) {
            int first = count(lines.get(0), sep);
            if (first == 0) {
                continue;
            }
            long same = lines.stream().filter(l -> count(l, sep) == first).count();
            if (same >= Math.max(2, lines.size() * 0.8)) {
                return true;
            }
        }
        return false;
    }

    private static int count(String line, char c) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
