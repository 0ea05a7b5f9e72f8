package dev.gloss.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text (typically a web page copied or dumped as text) to {@link Block}s. Plain text has
 * no markup, so structure is inferred: a short line on its own without a full stop is a heading,
 * a line ending in "?" is a question, bullet characters start list items, a run of short lines is
 * a list, and hard-wrapped prose is joined again. Site noise is removed line by line first.
 */
final class PlainTextPageReader {
    private static final Pattern BULLET = Pattern.compile(
            "^\\s*(?:[•·◦▪▫‣⁃●○■□►▶➤➢✓✔✗→*+\\-–—]|\\d{1,3}[.)])\\s+(.*)$");
    private static final Pattern BULLET_ONLY = Pattern.compile("^\\s*[•·◦▪▫‣⁃●○■□►▶➤➢✓✔*+\\-–—]\\s*$");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!。;…]['\"”’)\\]]*$");
    private static final Pattern ENDS_CLAUSE = Pattern.compile("[,;]$");
    private static final int MAX_HEADING_WORDS = 10;
    private static final int MAX_QUESTION_WORDS = 40;
    private static final int WRAP_WIDTH = 50;

    private PlainTextPageReader() {
    }

    static List<Block> read(String text) {
        List<Block> out = new ArrayList<>();
        QaCollector qa = new QaCollector();
        for (List<Line> group : groups(TextCleanup.plain(text))) {
            readGroup(group, out, qa);
            qa.paragraphBreak();
        }
        qa.close(out);
        return out;
    }

    /** One cleaned non-blank line; {@code bullet} when it started with a bullet character. */
    private record Line(String text, boolean bullet) {
    }

    /** Runs of non-blank lines, cleaned of noise, with hard-wrapped prose joined back together. */
    private static List<List<Line>> groups(String text) {
        List<List<Line>> groups = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        String previousRaw = "";
        for (String raw : text.split("\n", -1)) {
            if (raw.isBlank()) {
                if (!current.isEmpty()) {
                    groups.add(current);
                    current = new ArrayList<>();
                }
                previousRaw = "";
                continue;
            }
            if (BULLET_ONLY.matcher(raw).matches()) {
                continue;
            }
            Matcher bullet = mayBeBullet(raw) ? BULLET.matcher(raw) : null;
            boolean isBullet = bullet != null && bullet.matches();
            String cleaned = NoiseFilter.cleanLine(isBullet ? bullet.group(1) : raw);
            boolean wrapped = !isBullet && !current.isEmpty() && !current.get(current.size() - 1).bullet()
                    && previousRaw.strip().length() >= WRAP_WIDTH && !ENDS_SENTENCE.matcher(previousRaw.strip()).find()
                    && !previousRaw.strip().endsWith("?") && !previousRaw.strip().endsWith(":");
            previousRaw = raw;
            if (cleaned.isEmpty() || (isBullet && NoiseFilter.isNavigation(cleaned, 1))) {
                continue;
            }
            if (wrapped) {
                Line last = current.remove(current.size() - 1);
                current.add(new Line(last.text() + " " + cleaned, false));
            } else {
                current.add(new Line(cleaned, isBullet));
            }
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }

    /** The first non-space character could start a bullet or a number: a cheap test before the pattern. */
    private static boolean mayBeBullet(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!Character.isWhitespace(c)) {
                return !Character.isLetter(c);
            }
        }
        return false;
    }

    private static void readGroup(List<Line> group, List<Block> out, QaCollector qa) {
        // Short lines run together are a list, unless they are bulleted (then any unbulleted line is a heading)
        // or the first names a section ("Use Cases" right above its items).
        boolean list = group.size() >= 2 && group.stream().noneMatch(Line::bullet)
                && group.stream().allMatch(l -> isShort(l.text()))
                && SectionKind.ofHeading(group.get(0).text(), null).isEmpty();
        for (Line line : group) {
            boolean labelled = LabelledText.question(line.text()).isPresent()
                    || LabelledText.answer(line.text()).isPresent();
            if (!labelled && qa.hasAnswer() && (line.bullet() || list || classify(line.text()) instanceof Block.Heading)) {
                qa.close(out);
            }
            if (qa.offer(line.text(), out)) {
                continue;
            }
            if (line.text().endsWith("?") && Sentences.words(line.text()) <= MAX_QUESTION_WORDS) {
                out.add(new Block.Heading(2, line.text(), true));
            } else if (line.bullet() || (list && !(line == group.get(0) && SectionKind.ofHeading(line.text(), null)
                    .isPresent()))) {
                out.add(new Block.Item(line.text()));
            } else {
                out.add(classify(line.text()));
            }
        }
    }

    private static boolean isShort(String text) {
        return Sentences.words(text) <= MAX_HEADING_WORDS && !ENDS_SENTENCE.matcher(text).find() && !text.endsWith("?");
    }

    private static Block classify(String text) {
        int words = Sentences.words(text);
        if (text.endsWith("?") && words <= MAX_QUESTION_WORDS) {
            return new Block.Heading(2, text, true);
        }
        if (text.endsWith(":") && words <= MAX_HEADING_WORDS) {
            return new Block.Heading(2, text.substring(0, text.length() - 1).strip(), true);
        }
        if (words <= MAX_HEADING_WORDS && !ENDS_SENTENCE.matcher(text).find() && !ENDS_CLAUSE.matcher(text).find()) {
            return new Block.Heading(2, text, true);
        }
        return new Block.Paragraph(text);
    }
}
