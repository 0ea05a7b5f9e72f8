package dev.gloss.glossary;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * HTML to {@link Block}s with jsoup. Scripts, styles, navigation, headers without the title,
 * footers, asides, forms, icons and elements whose class or id says "nav", "breadcrumb", "cookie",
 * "share" and the like are dropped before the page is walked. Headings, paragraphs, lists,
 * {@code <dl>}, two-column tables and {@code <details>} FAQs become blocks; JSON-LD is read by
 * {@link JsonLdReader}.
 */
final class HtmlPageReader {
    private static final Set<String> DROPPED_TAGS = Set.of(
            "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "form",
            "input", "select", "textarea", "nav", "footer", "aside", "img", "picture", "video", "audio", "map",
            "head", "pre", "menu", "dialog", "link", "meta");
    private static final Set<String> INLINE_TAGS = Set.of(
            "a", "span", "strong", "b", "em", "i", "code", "abbr", "dfn", "small", "sup", "sub", "mark", "time",
            "cite", "q", "label", "u", "s", "kbd", "var", "data", "font", "bdi", "bdo", "ins", "del", "big", "tt",
            "samp", "wbr", "br", "nobr");
    private static final Set<String> BLOCK_CHILDREN = Set.of(
            "p", "div", "ul", "ol", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article",
            "blockquote", "details", "figure", "header");
    private static final Pattern NOISE_CLASS = Pattern.compile(
            "(?:^|[\\s_-])(?:nav|navbar|navigation|breadcrumbs?|menu|menubar|footer|sidebar|cookies?|consent"
                    + "|newsletter|subscribe|social|share|sharing|advert|advertisement|ads?|promo|skip|pagination|pager"
                    + "|toc|comments?|byline|related-jobs|jobs|careers?|salary|cta|signup|login|popup|modal|banner"
                    + "|widget|meta|post-meta|article-meta|reading-time|read-time|date|timestamp|author|tags)(?:$|[\\s_-])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ICON_CLASS = Pattern.compile(
            "(?:^|\\s)(?:material-icons[\\w-]*|material-symbols[\\w-]*|icons?|fa|fas|far|fab|fa-[\\w-]+|bi|bi-[\\w-]+"
                    + "|glyphicon[\\w-]*|[\\w-]+-icon|icon-[\\w-]+)(?:\\s|$)",
            Pattern.CASE_INSENSITIVE);
    /** The site's name or logo, often an h1 in the site header. */
    private static final Pattern LOGO_CLASS = Pattern.compile(
            "(?:^|[\\s_-])(?:logo|brand|site-title|site-name|sitename)(?:$|[\\s_-])", Pattern.CASE_INSENSITIVE);
    /** Footnote and citation markers ("[1]", "[citation needed]") are not part of the sentence. */
    private static final Pattern CITATION = Pattern.compile("\\s*\\[?(?:\\d{1,3}|[a-z]|citation needed|note \\d+)\\]?\\s*");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|–—·-]\\s+.*$");
    private static final Pattern ENUMERATION = Pattern.compile("^(?:\\d{1,3}[.)]|Q\\d{1,3}[.:)])\\s+");
    private static final int MAX_DEPTH = 200;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** What a page held: visible blocks, JSON-LD blocks, and whether the parser met broken markup. */
    record HtmlPage(List<Block> blocks, JsonLdReader.Result structured, boolean malformed) {
    }

    private final List<Block> out = new ArrayList<>();
    private final ProseBlocks prose = new ProseBlocks(out);
    private final StringBuilder inline = new StringBuilder();

    private HtmlPageReader() {
    }

    static HtmlPage read(String html) {
        Parser parser = Parser.htmlParser().setTrackErrors(1);
        Document doc = parser.parseInput(html, "");
        List<String> scripts = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            scripts.add(script.data());
        }
        JsonLdReader.Result structured = JsonLdReader.read(scripts);
        String title = doc.title();
        Element root = contentRoot(doc);
        HtmlPageReader reader = new HtmlPageReader();
        if (root.selectFirst("h1") == null) {
            Element h1 = doc.body() == null ? null : doc.body().selectFirst("h1");
            String heading = h1 != null && !isDropped(h1) ? visibleText(h1) : TITLE_SUFFIX.matcher(title).replaceFirst("");
            reader.heading(1, heading);
        }
        reader.walk(root, 0);
        reader.flushInline();
        reader.prose.close();
        return new HtmlPage(reader.out, structured, !parser.getErrors().isEmpty());
    }

    /** Blocks of an HTML fragment (a {@code <details>} block inside Markdown). */
    static List<Block> readFragment(String html) {
        HtmlPageReader reader = new HtmlPageReader();
        reader.walk(Parser.parseBodyFragment(html, "").body(), 0);
        reader.flushInline();
        reader.prose.close();
        return reader.out;
    }

    /** The single {@code <main>} (or {@code <article>}) when there is one, else the body. */
    private static Element contentRoot(Document doc) {
        Element body = doc.body() == null ? doc : doc.body();
        Elements mains = body.select("main, [role=main]");
        if (mains.size() == 1) {
            return mains.first();
        }
        Elements articles = body.select("article");
        if (articles.size() == 1) {
            return articles.first();
        }
        return body;
    }

    private void walk(Element element, int depth) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                inline.append(text.text());
            } else if (child instanceof Element e) {
                visit(e, depth + 1);
            }
        }
    }

    private void visit(Element e, int depth) {
        if (isDropped(e)) {
            return;
        }
        String tag = e.normalName();
        if (depth > MAX_DEPTH) {
            inline.append(' ').append(visibleText(e)).append(' ');
            return;
        }
        if (tag.equals("sup") && CITATION.matcher(e.text()).matches()) {
            return;
        }
        if (INLINE_TAGS.contains(tag)) {
            inline(e, tag, depth);
            return;
        }
        flushInline();
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                prose.close();
                heading(tag.charAt(1) - '0', visibleText(e));
            }
            case "ul", "ol" -> list(e, depth);
            case "li" -> listItem(e, depth);
            case "dl" -> definitionList(e);
            case "details" -> details(e, depth);
            case "table" -> table(e);
            case "summary", "dt" -> {
                prose.close();
                heading(ProseBlocks.MINOR_HEADING_LEVEL, visibleText(e));
            }
            case "button" -> {
                // Accordion FAQs put the question in a button; other buttons are controls.
                String text = visibleText(e).strip();
                if (text.endsWith("?")) {
                    prose.close();
                    heading(ProseBlocks.MINOR_HEADING_LEVEL, text);
                }
            }
            case "header" -> {
                if (e.selectFirst("h1, h2") != null) {
                    walk(e, depth);
                }
            }
            case "hr" -> prose.close();
            default -> walk(e, depth);
        }
        flushInline();
    }

    private void inline(Element e, String tag, int depth) {
        switch (tag) {
            case "br" -> inline.append('\n');
            case "strong", "b" -> {
                inline.append("**");
                walk(e, depth);
                inline.append("**");
            }
            default -> walk(e, depth);
        }
    }

    private void flushInline() {
        if (inline.length() == 0) {
            return;
        }
        String text = inline.toString();
        inline.setLength(0);
        if (text.isBlank()) {
            return;
        }
        prose.paragraph(List.of(TextCleanup.plain(text).split("\n")));
    }

    private void heading(int level, String raw) {
        String text = NoiseFilter.cleanLine(ENUMERATION.matcher(TextCleanup.oneLine(raw)).replaceFirst(""));
        if (!text.isEmpty()) {
            out.add(new Block.Heading(level, text, false));
        }
    }

    private void list(Element list, int depth) {
        for (Element child : list.children()) {
            if (child.normalName().equals("li")) {
                listItem(child, depth + 1);
            } else {
                visit(child, depth + 1);
            }
        }
        prose.close();
    }

    private void listItem(Element li, int depth) {
        if (isDropped(li)) {
            return;
        }
        boolean hasBlocks = false;
        for (Element child : li.children()) {
            if (BLOCK_CHILDREN.contains(child.normalName()) && !isDropped(child)) {
                hasBlocks = true;
                break;
            }
        }
        if (hasBlocks) {
            walk(li, depth);
            flushInline();
            return;
        }
        walk(li, depth);
        String marked = TextCleanup.oneLine(inline.toString());
        inline.setLength(0);
        if (!marked.isEmpty()) {
            prose.item(marked);
        }
    }

    private void definitionList(Element dl) {
        prose.close();
        List<String> terms = new ArrayList<>();
        List<String> definitions = new ArrayList<>();
        for (Element child : dl.select("> dt, > dd, > div > dt, > div > dd")) {
            if (isDropped(child)) {
                continue;
            }
            if (child.normalName().equals("dt")) {
                if (!definitions.isEmpty()) {
                    emitTerm(terms, definitions);
                }
                String term = NoiseFilter.stripIcons(TextCleanup.oneLine(visibleText(child)));
                if (!term.isEmpty()) {
                    terms.add(term);
                }
            } else {
                String definition = TextCleanup.oneLine(visibleText(child));
                if (!definition.isEmpty()) {
                    definitions.add(definition);
                }
            }
        }
        emitTerm(terms, definitions);
    }

    private void emitTerm(List<String> terms, List<String> definitions) {
        if (!terms.isEmpty() && !definitions.isEmpty()) {
            String term = terms.get(0);
            String definition = String.join(" ", definitions);
            out.add(term.endsWith("?") ? new Block.QuestionAnswer(term, definition)
                    : new Block.TermDefinition(term, definition, List.copyOf(terms.subList(1, terms.size()))));
        }
        terms.clear();
        definitions.clear();
    }

    private void details(Element details, int depth) {
        prose.close();
        Element summary = details.selectFirst("> summary");
        String question = summary == null ? "" : TextCleanup.oneLine(visibleText(summary));
        if (question.endsWith("?")) {
            Element answer = details.clone();
            answer.select("> summary").remove();
            String text = TextCleanup.plain(blockText(answer)).strip();
            question = ENUMERATION.matcher(question).replaceFirst("");
            if (!text.isEmpty()) {
                out.add(new Block.QuestionAnswer(question, text));
            }
            return;
        }
        walk(details, depth);
    }

    private void table(Element table) {
        prose.close();
        for (Element row : table.select("tr")) {
            Elements cells = row.select("> td, > th");
            if (cells.size() != 2 || row.select("> td").isEmpty()) {
                continue;
            }
            String term = TextCleanup.oneLine(visibleText(cells.get(0)));
            String definition = TextCleanup.oneLine(visibleText(cells.get(1)));
            if (!term.isEmpty() && !definition.isEmpty() && Sentences.words(term) <= 8) {
                out.add(term.endsWith("?") ? new Block.QuestionAnswer(term, definition)
                        : new Block.TermDefinition(term, definition));
            }
        }
    }

    /** Text of an element without dropped parts (icons, scripts), paragraphs separated by blank lines. */
    private static String blockText(Element element) {
        StringBuilder sb = new StringBuilder();
        appendBlockText(element, sb, 0);
        return sb.toString();
    }

    private static void appendBlockText(Element element, StringBuilder sb, int depth) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                sb.append(text.text());
            } else if (child instanceof Element e && !isDropped(e) && depth < MAX_DEPTH) {
                boolean block = !INLINE_TAGS.contains(e.normalName());
                if (e.normalName().equals("br")) {
                    sb.append(' ');
                }
                if (block) {
                    sb.append("\n\n");
                }
                appendBlockText(e, sb, depth + 1);
                if (block) {
                    sb.append("\n\n");
                }
            }
        }
    }

    private static String visibleText(Element element) {
        return WHITESPACE.matcher(blockText(element)).replaceAll(" ");
    }

    private static boolean isDropped(Element e) {
        String tag = e.normalName();
        if (DROPPED_TAGS.contains(tag)) {
            return true;
        }
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        if (style.contains("display:none") || style.contains("visibility:hidden")) {
            return true;
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (role.equals("navigation") || role.equals("contentinfo") || role.equals("complementary")
                || role.equals("search") || (role.equals("banner") && e.selectFirst("h1") == null)) {
            return true;
        }
        String classes = e.className() + " " + e.id();
        if (classes.isBlank()) {
            return false;
        }
        if (ICON_CLASS.matcher(e.className()).find() || LOGO_CLASS.matcher(classes).find()) {
            return true;
        }
        return NOISE_CLASS.matcher(classes).find() && e.selectFirst("h1") == null && !tag.equals("body")
                && !tag.equals("main") && !tag.equals("article");
    }
}
