package dev.gloss.exchange;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders an Anki card template to HTML: {@code {{Field}}}, {@code {{FrontSide}}}, sections
 * {@code {{#Field}}…{{/Field}}} and {@code {{^Field}}…{{/Field}}}, filters ({@code cloze:}, {@code text:},
 * {@code hint:}, {@code type:} (the typing box: the answer on the answer side only), {@code furigana:}/{@code kana:}/{@code kanji:}, {@code tts} silent) and
 * the special fields Tags, Deck, Subdeck, Card, Type. Field text is inserted as it is and never parsed again.
 */
final class AnkiTemplate {
    private static final Pattern RUBY = Pattern.compile(" ?([^ >\\[]+?)\\[(.+?)\\]");

    /**
     * What a template is rendered with.
     *
     * @param fields      field name to HTML
     * @param cloze       the card's cloze number (1-based), 0 for a card of a standard note type
     * @param answerSide  rendering the answer (every cloze shows its text)
     * @param frontSide   the rendered question, for {{FrontSide}} on the answer side
     * @param specials    Tags, Deck, Subdeck, Card, Type
     */
    record Context(Map<String, String> fields, int cloze, boolean answerSide, String frontSide,
                   Map<String, String> specials) {
    }

    private AnkiTemplate() {
    }

    static String render(String template, Context ctx) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        render(template, 0, template.length(), ctx, out);
        return out.toString();
    }

    private static void render(String t, int from, int to, Context ctx, StringBuilder out) {
        int i = from;
        while (i < to) {
            int open = t.indexOf("{{", i);
            if (open < 0 || open >= to) {
                out.append(t, i, to);
                return;
            }
            int close = t.indexOf("}}", open + 2);
            if (close < 0 || close + 2 > to) {
                out.append(t, i, to);
                return;
            }
            out.append(t, i, open);
            String tag = t.substring(open + 2, close).strip();
            int after = close + 2;
            if (tag.startsWith("#") || tag.startsWith("^")) {
                String name = tag.substring(1).strip();
                int[] section = findClose(t, after, to, name);
                if (section == null) {
                    i = after; // an unclosed section shows nothing of itself
                    continue;
                }
                boolean filled = !HtmlText.isBlank(value(name, ctx));
                if (filled == tag.startsWith("#")) {
                    render(t, after, section[0], ctx, out);
                }
                i = section[1];
            } else if (tag.startsWith("/") || tag.startsWith("!")) {
                i = after; // a stray close or a comment
            } else {
                out.append(replacement(tag, ctx));
                i = after;
            }
        }
    }

    /** The start of {@code {{/name}}} matching a section opened before {@code from}, and the index after it. */
    private static int[] findClose(String t, int from, int to, String name) {
        int depth = 0;
        int i = from;
        while (i < to) {
            int open = t.indexOf("{{", i);
            if (open < 0 || open >= to) {
                return null;
            }
            int close = t.indexOf("}}", open + 2);
            if (close < 0 || close + 2 > to) {
                return null;
            }
            String tag = t.substring(open + 2, close).strip();
            if ((tag.startsWith("#") || tag.startsWith("^")) && tag.substring(1).strip().equals(name)) {
                depth++;
            } else if (tag.startsWith("/") && tag.substring(1).strip().equals(name)) {
                if (depth == 0) {
                    return new int[]{open, close + 2};
                }
                depth--;
            }
            i = close + 2;
        }
        return null;
    }

    private static String replacement(String tag, Context ctx) {
        String[] parts = tag.split(":", -1);
        String name = parts[parts.length - 1].strip();
        String value = value(name, ctx);
        List<String> filters = Arrays.stream(parts, 0, parts.length - 1).map(p -> p.strip().toLowerCase(Locale.ROOT))
                .toList();
        if (filters.contains("type")) {
            // the typing box: nothing on the question side; the right answer on the answer side
            return ctx.answerSide() && !filters.contains("cloze") ? value : "";
        }
        for (int k = parts.length - 2; k >= 0; k--) {
            value = filter(parts[k].strip(), value, ctx);
        }
        return value;
    }

    private static String value(String name, Context ctx) {
        if (name.equals("FrontSide")) {
            return ctx.answerSide() ? ctx.frontSide() : "";
        }
        String v = ctx.fields().get(name);
        if (v != null) {
            return v;
        }
        v = ctx.specials().get(name);
        if (v != null) {
            return v;
        }
        for (Map.Entry<String, String> f : ctx.fields().entrySet()) {
            if (f.getKey().equalsIgnoreCase(name)) {
                return f.getValue();
            }
        }
        return "";
    }

    private static String filter(String filter, String value, Context ctx) {
        String name = filter.toLowerCase(Locale.ROOT);
        if (name.startsWith("tts")) {
            return ""; // read aloud by Anki, not shown
        }
        return switch (name) {
            case "cloze" -> ctx.cloze() > 0 ? Cloze.render(value, ctx.cloze(), ctx.answerSide()) : value;
            case "text" -> escape(HtmlText.toText(value));
            case "furigana" -> ruby(value, "$1($2)");
            case "kanji" -> ruby(value, "$1");
            case "kana" -> ruby(value, "$2");
            default -> value; // hint shows its text; unknown filters leave it as it is
        };
    }

    private static String ruby(String value, String replacement) {
        Matcher m = RUBY.matcher(value);
        return m.replaceAll(replacement);
    }

    /** Keeps text that is already plain from being read as HTML again. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>");
    }
}
