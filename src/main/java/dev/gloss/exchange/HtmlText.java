package dev.gloss.exchange;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayDeque;
import java.util.Deque;

import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the HTML of Anki fields into terminal text: entities decoded, {@code <br>} and block tags to line
 * breaks, list items to bullets, images and sounds to {@code [image: name]} / {@code [audio: name]}, every
 * other tag gone, white space collapsed as a browser would. The text itself is kept as written.
 */
final class HtmlText {
    private static final Pattern SOUND = Pattern.compile("\\[sound:([^\\]]*)\\]");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\r\\f]+");
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "center", "dd",
            "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
            "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
            "table", "tbody", "thead", "tfoot", "tr", "ul");
    private static final Set<String> INVISIBLE = Set.of("script", "style", "head", "title", "template", "noscript");
    private static final Pattern HIDDEN = Pattern.compile("display\\s*:\\s*none", Pattern.CASE_INSENSITIVE);

    private HtmlText() {
    }

    static String toText(String html) {
        return toText(html, UnaryOperator.identity());
    }

    /** @param mediaName maps a media file name as the field has it to the name it has in the collection */
    static String toText(String html, UnaryOperator<String> mediaName) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        Text out = new Text(mediaName);
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            out.append(html, false);
            return out.finish();
        }
        if (SimpleMarkup.render(html, out)) {
            return out.finish();
        }
        return withJsoup(html, mediaName);
    }

    /** True when the quick path reads this markup (for tests). */
    static boolean isSimpleMarkup(String html) {
        return SimpleMarkup.render(html, new Text(UnaryOperator.identity()));
    }

    /** The general path: jsoup's HTML parser, then a walk over its tree. */
    static String withJsoup(String html, UnaryOperator<String> mediaName) {
        Text out = new Text(mediaName);
        walk(Jsoup.parseBodyFragment(html).body(), out);
        return out.finish();
    }

    /** True when the HTML shows nothing: no text, no image, no sound. */
    static boolean isBlank(String html) {
        if (html == null || html.isBlank()) {
            return true;
        }
        return toText(html).isBlank();
    }

    private static void walk(Element root, Text out) {
        Deque<int[]> listCounters = new ArrayDeque<>();
        visit(root, out, listCounters, false);
    }

    private static void visit(Node node, Text out, Deque<int[]> lists, boolean pre) {
        if (node instanceof TextNode t) {
            out.append(t.getWholeText(), pre);
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String tag = e.normalName();
        if (INVISIBLE.contains(tag) || HIDDEN.matcher(e.attr("style")).find()) {
            return; // not shown by Anki either
        }
        switch (tag) {
            case "br" -> {
                out.lineBreak();
                return;
            }
            case "img" -> {
                out.media("image", e.attr("src"));
                return;
            }
            case "audio", "video", "source" -> {
                if (!e.attr("src").isEmpty()) {
                    out.media("audio", e.attr("src"));
                }
            }
            default -> {
            }
        }
        boolean block = BLOCKS.contains(tag);
        if (block) {
            out.endLine();
        }
        if (tag.equals("ul") || tag.equals("ol")) {
            lists.push(new int[]{tag.equals("ol") ? 1 : 0});
        }
        if (tag.equals("li")) {
            int[] counter = lists.peek();
            if (counter != null && counter[0] > 0) {
                out.prefix(counter[0]++ + ". ");
            } else {
                out.prefix("• ");
            }
        }
        if ((tag.equals("td") || tag.equals("th")) && e.elementSiblingIndex() > 0) {
            out.append(" | ", true);
        }
        boolean inPre = pre || tag.equals("pre");
        for (Node child : e.childNodes()) {
            visit(child, out, lists, inPre);
        }
        if (tag.equals("ul") || tag.equals("ol")) {
            lists.pop();
        }
        if (block) {
            out.endLine();
        }
    }

    /**
     * A quick path for the markup most Anki fields hold (bold, italics, spans, divs, paragraphs, breaks, images,
     * a few entities), properly nested. It reads the tags in order and gives the same text the jsoup walk would
     * (a test checks the two agree); anything else (lists, tables, comments, stray or misnested tags, other
     * entities) returns false and goes to jsoup.
     */
    private static final class SimpleMarkup {
        private static final Set<String> INLINE = Set.of("b", "i", "u", "em", "strong", "span", "font", "sub", "sup",
                "small", "big", "s", "strike", "mark", "code");
        private static final Set<String> BLOCK = Set.of("div", "p", "blockquote", "center", "h1", "h2", "h3", "h4",
                "h5", "h6");

        private SimpleMarkup() {
        }

        static boolean render(String html, Text out) {
            Deque<String> open = new ArrayDeque<>();
            int i = 0;
            int n = html.length();
            while (i < n) {
                char c = html.charAt(i);
                if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                    return false;
                }
                if (c == '<') {
                    int end = html.indexOf('>', i);
                    if (end < 0 || !tag(html.substring(i + 1, end), open, out)) {
                        return false;
                    }
                    i = end + 1;
                } else {
                    int next = html.indexOf('<', i);
                    next = next < 0 ? n : next;
                    String text = decode(html.substring(i, next));
                    if (text == null) {
                        return false;
                    }
                    out.append(text, false);
                    i = next;
                }
            }
            return open.isEmpty();
        }

        private static boolean tag(String body, Deque<String> open, Text out) {
            if (body.startsWith("/")) {
                String name = body.substring(1).strip().toLowerCase(java.util.Locale.ROOT);
                if (!name.equals(open.peek())) {
                    return false;
                }
                open.pop();
                if (BLOCK.contains(name)) {
                    out.endLine();
                }
                return true;
            }
            int nameEnd = 0;
            while (nameEnd < body.length() && Character.isLetterOrDigit(body.charAt(nameEnd))) {
                nameEnd++;
            }
            String name = body.substring(0, nameEnd).toLowerCase(java.util.Locale.ROOT);
            String rest = body.substring(nameEnd);
            boolean selfClosing = rest.endsWith("/");
            if (selfClosing) {
                rest = rest.substring(0, rest.length() - 1);
            }
            if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0))) {
                return false;
            }
            java.util.Map<String, String> attributes = attributes(rest);
            if (attributes == null || HIDDEN.matcher(attributes.getOrDefault("style", "")).find()) {
                return false;
            }
            if (name.equals("br")) {
                out.lineBreak();
                return true;
            }
            if (name.equals("img")) {
                out.media("image", attributes.getOrDefault("src", ""));
                return true;
            }
            boolean block = BLOCK.contains(name);
            if (selfClosing || !(block || INLINE.contains(name))) {
                return false;
            }
            // HTML closes a paragraph or heading before a block opens in it; leave those trees to jsoup
            if (block && open.stream().anyMatch(o -> o.equals("p") || o.startsWith("h"))) {
                return false;
            }
            if (block) {
                out.endLine();
            }
            open.push(name);
            return true;
        }

        /** Attributes as name to decoded value, or null if they are not plain {@code name="value"} pairs. */
        private static java.util.Map<String, String> attributes(String s) {
            java.util.Map<String, String> out = new java.util.HashMap<>();
            int i = 0;
            int n = s.length();
            while (true) {
                while (i < n && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                if (i == n) {
                    return out;
                }
                int start = i;
                while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '-')) {
                    i++;
                }
                if (i == start || i == n || s.charAt(i) != '=' || i + 1 == n) {
                    return null;
                }
                String name = s.substring(start, i).toLowerCase(java.util.Locale.ROOT);
                char quote = s.charAt(i + 1);
                if (quote != '"' && quote != '\'') {
                    return null;
                }
                int close = s.indexOf(quote, i + 2);
                if (close < 0 || out.containsKey(name)) {
                    return null;
                }
                String value = decode(s.substring(i + 2, close));
                if (value == null || value.indexOf('<') >= 0) {
                    return null;
                }
                out.put(name, value);
                i = close + 1;
                if (i < n && !Character.isWhitespace(s.charAt(i))) {
                    return null;
                }
            }
        }

        /** Text with the common entities decoded, or null when it holds another. */
        private static String decode(String text) {
            int amp = text.indexOf('&');
            if (amp < 0) {
                return text.indexOf('>') >= 0 ? null : text;
            }
            StringBuilder sb = new StringBuilder(text.length());
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '>') {
                    return null;
                }
                if (c != '&') {
                    sb.append(c);
                    i++;
                    continue;
                }
                int semi = text.indexOf(';', i);
                if (semi < 0 || semi - i > 10) {
                    return null;
                }
                String entity = text.substring(i + 1, semi);
                switch (entity) {
                    case "amp" -> sb.append('&');
                    case "lt" -> sb.append('<');
                    case "gt" -> sb.append('>');
                    case "quot" -> sb.append('"');
                    case "apos" -> sb.append('\'');
                    case "nbsp" -> sb.append('\u00a0');
                    default -> {
                        int cp = numeric(entity);
                        if (cp < 0) {
                            return null;
                        }
                        sb.appendCodePoint(cp);
                    }
                }
                i = semi + 1;
            }
            return sb.toString();
        }

        /** The code point of {@code #123} or {@code #x1F600}, or -1 (also for the ones HTML maps elsewhere). */
        private static int numeric(String entity) {
            try {
                int cp;
                if (entity.startsWith("#x") || entity.startsWith("#X")) {
                    cp = Integer.parseInt(entity.substring(2), 16);
                } else if (entity.startsWith("#")) {
                    cp = Integer.parseInt(entity.substring(1));
                } else {
                    return -1;
                }
                boolean plain = (cp >= 0x20 && cp < 0x7F) || (cp >= 0xA0 && cp < 0xD800) || (cp >= 0xE000 && cp <= 0x10FFFF);
                return plain ? cp : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
    }

    /** The text being built, with browser-like white space: runs collapse, line starts and ends are trimmed. */
    private static final class Text {
        private final StringBuilder sb = new StringBuilder();
        private final UnaryOperator<String> mediaName;

        Text(UnaryOperator<String> mediaName) {
            this.mediaName = mediaName;
        }

        void append(String raw, boolean pre) {
            String s = pre ? raw : SPACES.matcher(raw).replaceAll(" ");
            if (!pre && atLineStart()) {
                s = s.stripLeading();
            }
            if (!pre && s.startsWith(" ") && endsWithSpace()) {
                s = s.substring(1);
            }
            Matcher m = SOUND.matcher(s);
            int from = 0;
            while (m.find()) {
                sb.append(s, from, m.start());
                media("audio", m.group(1));
                from = m.end();
            }
            sb.append(s, from, s.length());
        }

        void media(String kind, String name) {
            String shown = mediaName.apply(name.strip());
            sb.append('[').append(kind).append(": ").append(shown).append(']');
        }

        void prefix(String p) {
            sb.append(p);
        }

        void lineBreak() {
            trimTrailingSpaces();
            sb.append('\n');
        }

        void endLine() {
            trimTrailingSpaces();
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                sb.append('\n');
            }
        }

        private boolean atLineStart() {
            return sb.length() == 0 || sb.charAt(sb.length() - 1) == '\n';
        }

        private boolean endsWithSpace() {
            return sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ';
        }

        private void trimTrailingSpaces() {
            int n = sb.length();
            while (n > 0 && sb.charAt(n - 1) == ' ') {
                n--;
            }
            sb.setLength(n);
        }

        String finish() {
            String s = sb.toString().replace('\u00a0', ' ');
            StringBuilder lines = new StringBuilder(s.length());
            for (String line : s.split("\n", -1)) {
                lines.append(line.stripTrailing()).append('\n');
            }
            return lines.toString().replaceAll("\n{3,}", "\n\n").strip();
        }
    }

}
