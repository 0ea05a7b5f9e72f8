package dev.gloss.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown to {@link Block}s: ATX and setext headings, paragraphs, lists, "**Term**: definition"
 * lines, "**Also known as:**" fields, "Q:/A:" pairs (plain or bold), two-column tables,
 * "Term / : definition" lists and embedded {@code <details>} blocks. Code blocks, front matter,
 * link definitions and rules are skipped.
 */
final class MarkdownPageReader {
    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern ATX_EMPTY = Pattern.compile("^ {0,3}#{1,6}[ \\t]*$");
    private static final Pattern SETEXT_1 = Pattern.compile("^ {0,3}=+[ \\t]*$");
    private static final Pattern SETEXT_2 = Pattern.compile("^ {0,3}-+[ \\t]*$");
    private static final Pattern RULE = Pattern.compile("^ {0,3}(?:(?:\\*[ \\t]*){3,}|(?:-[ \\t]*){3,}|(?:_[ \\t]*){3,})$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern LIST_ITEM = Pattern.compile("^([ \\t]*)(?:[-*+•]|\\d{1,3}[.)])[ \\t]+(.*)$");
    private static final Pattern QUOTE = Pattern.compile("^ {0,3}>[ \\t]?");
    private static final Pattern LINK_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]{1,200}\\]:\\s*\\S+.*$");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\s*\\|?.*\\|.*$");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\s*\\|?\\s*:?-{2,}:?\\s*(?:\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");
    private static final Pattern DEFINITION_LINE = Pattern.compile("^ {0,3}:[ \\t]+(.*)$");
    private static final Pattern ENUMERATION = Pattern.compile("^(?:\\d{1,3}[.)]|Q\\d{1,3}[.:)])\\s+");

    private final List<Block> out = new ArrayList<>();
    private final ProseBlocks prose = new ProseBlocks(out);
    private final List<String> paragraph = new ArrayList<>();
    private final StringBuilder item = new StringBuilder();
    private String title = "";

    private MarkdownPageReader() {
    }

    static List<Block> read(String text) {
        MarkdownPageReader reader = new MarkdownPageReader();
        reader.readAll(text);
        return reader.out;
    }

    private void readAll(String text) {
        String[] lines = text.split("\n", -1);
        int i = skipFrontMatter(lines);
        if (!title.isEmpty()) {
            out.add(new Block.Heading(1, title, false));
        }
        while (i < lines.length) {
            i = readLine(lines, i);
        }
        flushAll();
    }

    private int skipFrontMatter(String[] lines) {
        if (lines.length < 2 || !lines[0].strip().equals("---")) {
            return 0;
        }
        for (int i = 1; i < Math.min(lines.length, 60); i++) {
            String l = lines[i].strip();
            if (l.equals("---") || l.equals("...")) {
                return i + 1;
            }
            if (l.startsWith("title:")) {
                title = InlineMarkdown.toPlain(l.substring(6).strip().replaceAll("^[\"']|[\"']$", ""));
            }
        }
        title = "";
        return 0;
    }

    /** Reads the construct starting at line {@code i}; returns the index of the next unread line. */
    private int readLine(String[] lines, int i) {
        String line = lines[i];
        Matcher m;
        if (line.isBlank()) {
            flushParagraph();
            flushItem();
            return i + 1;
        }
        char first = line.stripLeading().charAt(0);
        if (Character.isLetter(first) && line.indexOf('|') < 0) {
            // Plain prose: none of the block constructs below can start with a letter.
            if (item.length() > 0) {
                item.append(' ').append(line.strip());
            } else {
                paragraph.add(line.strip());
            }
            return i + 1;
        }
        if ((m = FENCE.matcher(line)).find()) {
            flushAll();
            return skipFence(lines, i, m.group(1));
        }
        if (line.stripLeading().regionMatches(true, 0, "<details", 0, 8)) {
            flushAll();
            return readDetails(lines, i);
        }
        if ((m = QUOTE.matcher(line)).find()) {
            line = line.substring(m.end());
            if (line.isBlank()) {
                flushParagraph();
                return i + 1;
            }
        }
        if ((m = ATX.matcher(line)).matches()) {
            flushAll();
            heading(m.group(1).length(), m.group(2));
            return i + 1;
        }
        if (ATX_EMPTY.matcher(line).matches() || LINK_DEFINITION.matcher(line).matches()) {
            flushParagraph();
            return i + 1;
        }
        if (!paragraph.isEmpty() && item.length() == 0 && paragraph.size() == 1
                && (SETEXT_1.matcher(line).matches() || SETEXT_2.matcher(line).matches())) {
            String text = paragraph.remove(0);
            flushAll();
            heading(SETEXT_1.matcher(line).matches() ? 1 : 2, text);
            return i + 1;
        }
        if (RULE.matcher(line).matches()) {
            flushAll();
            return i + 1;
        }
        if (line.indexOf('|') >= 0 && i + 1 < lines.length && TABLE_SEPARATOR.matcher(lines[i + 1]).matches()
                && TABLE_ROW.matcher(line).matches()) {
            flushAll();
            return readTable(lines, i);
        }
        if ((m = DEFINITION_LINE.matcher(line)).matches() && paragraph.size() == 1) {
            String term = InlineMarkdown.toPlain(paragraph.remove(0));
            flushAll();
            String definition = InlineMarkdown.toPlain(m.group(1));
            if (!term.isEmpty() && !definition.isEmpty()) {
                out.add(new Block.TermDefinition(term, definition));
            }
            return i + 1;
        }
        if ((m = LIST_ITEM.matcher(line)).matches()) {
            flushParagraph();
            flushItem();
            item.append(m.group(2).strip());
            return i + 1;
        }
        if (item.length() > 0) {
            item.append(' ').append(line.strip());
            return i + 1;
        }
        paragraph.add(line.strip());
        return i + 1;
    }

    private int skipFence(String[] lines, int i, String fence) {
        for (int j = i + 1; j < lines.length; j++) {
            if (lines[j].stripLeading().startsWith(fence)) {
                return j + 1;
            }
        }
        return lines.length;
    }

    private int readDetails(String[] lines, int i) {
        StringBuilder html = new StringBuilder();
        int j = i;
        for (; j < lines.length; j++) {
            html.append(lines[j]).append('\n');
            if (lines[j].toLowerCase(java.util.Locale.ROOT).contains("</details>")) {
                j++;
                break;
            }
        }
        out.addAll(HtmlPageReader.readFragment(html.toString()));
        return j;
    }

    private int readTable(String[] lines, int i) {
        int j = i + 2;
        for (; j < lines.length && !lines[j].isBlank() && lines[j].contains("|"); j++) {
            List<String> cells = cells(lines[j]);
            if (cells.size() == 2) {
                String term = InlineMarkdown.toPlain(cells.get(0));
                String definition = InlineMarkdown.toPlain(cells.get(1));
                if (!term.isEmpty() && !definition.isEmpty() && Sentences.words(term) <= 8) {
                    out.add(term.endsWith("?") ? new Block.QuestionAnswer(term, definition)
                            : new Block.TermDefinition(term, definition));
                }
            }
        }
        return j;
    }

    private static List<String> cells(String row) {
        String r = row.strip();
        if (r.startsWith("|")) {
            r = r.substring(1);
        }
        if (r.endsWith("|") && !r.endsWith("\\|")) {
            r = r.substring(0, r.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        for (String c : r.split("(?<!\\\\)\\|", -1)) {
            cells.add(c.strip());
        }
        return cells;
    }

    private void heading(int level, String raw) {
        String text = InlineMarkdown.toPlain(ENUMERATION.matcher(raw.strip()).replaceFirst(""));
        text = NoiseFilter.cleanLine(text);
        if (!text.isEmpty()) {
            out.add(new Block.Heading(level, text, false));
        }
    }

    private void flushAll() {
        flushParagraph();
        flushItem();
        prose.close();
    }

    private void flushItem() {
        if (item.length() > 0) {
            prose.item(item.toString());
            item.setLength(0);
        }
    }

    private void flushParagraph() {
        if (!paragraph.isEmpty()) {
            prose.paragraph(List.copyOf(paragraph));
            paragraph.clear();
        }
    }
}
