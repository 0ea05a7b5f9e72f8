package dev.gloss.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns paragraphs and list items whose inline markup is still Markdown-like ({@code **bold**}
 * marks kept) into blocks: Q/A pairs, "**Term**: definition" lines, labelled fields, bold-only
 * lines as minor headings, and plain paragraphs. Shared by the Markdown and HTML readers.
 */
final class ProseBlocks {
    private static final Pattern BOLD_LINE = Pattern.compile("^(\\*\\*|__)([^*\\n]{1,150})\\1[:.]?$");
    /** Level given to headings made from bold-only lines: below any real heading. */
    static final int MINOR_HEADING_LEVEL = 6;

    private final List<Block> out;
    private final QaCollector qa = new QaCollector();

    ProseBlocks(List<Block> out) {
        this.out = out;
    }

    /** A paragraph given as its lines (line breaks matter for "Q:" / "A:" and labels). */
    void paragraph(List<String> markedLines) {
        List<String> lines = new ArrayList<>();
        for (String l : markedLines) {
            if (!l.isBlank()) {
                lines.add(l.strip());
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        if (qa.isOpen() || LabelledText.question(InlineMarkdown.toPlain(lines.get(0))).isPresent()) {
            lines = readQa(lines);
            if (lines.isEmpty()) {
                qa.paragraphBreak();
                return;
            }
        }
        qa.close(out);
        // One paragraph may hold several labelled lines ("**Also known as:** …" then "**Related terms:** …").
        List<String> prose = new ArrayList<>();
        for (String line : lines) {
            Optional<Block> labelled = labelled(line);
            if (labelled.isPresent()) {
                emitProse(prose);
                out.add(labelled.get());
            } else {
                prose.add(line);
            }
        }
        emitProse(prose);
    }

    void item(String marked) {
        qa.close(out);
        Optional<Block> labelled = labelled(marked);
        if (labelled.isPresent()) {
            out.add(labelled.get());
            return;
        }
        String plain = NoiseFilter.cleanLine(InlineMarkdown.toPlain(marked));
        if (plain.isEmpty() || NoiseFilter.isNavigation(plain, 1)) {
            return;
        }
        // A listed question ("1. What is X?") is a question whose answer follows.
        out.add(plain.endsWith("?") ? new Block.Heading(MINOR_HEADING_LEVEL, plain, false) : new Block.Item(plain));
    }

    /** Anything that is not prose (a heading, a table, the end of the page) closes an open answer. */
    void close() {
        qa.close(out);
    }

    private List<String> readQa(List<String> lines) {
        for (int k = 0; k < lines.size(); k++) {
            String plain = InlineMarkdown.toPlain(lines.get(k));
            boolean startsNew = LabelledText.question(plain).isPresent();
            if (!startsNew && labelled(lines.get(k)).isPresent()) {
                qa.close(out);
                return lines.subList(k, lines.size());
            }
            qa.offer(plain, out);
        }
        return List.of();
    }

    private static Optional<Block> labelled(String line) {
        Optional<Block> definition = LabelledText.termDefinition(line);
        if (definition.isPresent()) {
            return definition;
        }
        return LabelledText.field(InlineMarkdown.toPlain(line)).map(f -> f);
    }

    private void emitProse(List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        String joined = String.join(" ", lines);
        lines.clear();
        Matcher bold = BOLD_LINE.matcher(joined.strip());
        if (bold.matches() && Sentences.words(bold.group(2)) <= 15) {
            String text = NoiseFilter.cleanLine(InlineMarkdown.toPlain(bold.group(2)));
            if (!text.isEmpty()) {
                out.add(new Block.Heading(MINOR_HEADING_LEVEL, text, false));
            }
            return;
        }
        String plain = NoiseFilter.cleanLine(LabelledText.withoutRemarkLabel(InlineMarkdown.toPlain(joined)));
        if (!plain.isEmpty()) {
            out.add(new Block.Paragraph(plain));
        }
    }
}
