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
        } else {
            walk(Jsoup.parseBodyFragment(html).body(), out);
        }
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
        if (INVISIBLE.contains(tag)) {
            return;
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
