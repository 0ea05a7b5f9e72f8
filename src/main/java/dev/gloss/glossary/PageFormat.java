package dev.gloss.glossary;

import java.util.Locale;
import java.util.regex.Pattern;

/** The formats a glossary page can be in, chosen by content; the file extension only breaks ties. */
enum PageFormat {
    PLAIN_TEXT, MARKDOWN, HTML;

    private static final Pattern DOCUMENT_HTML = Pattern.compile(
            "<!doctype\\s+html|<html[\\s>]|<body[\\s>]|<head[\\s>]|<script\\s+type=[\"']application/ld\\+json",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_BLOCK_TAG = Pattern.compile(
            "<(?:p|div|dl|dt|dd|h[1-6]|ul|ol|li|table|section|article|main|details|summary)(?:\\s[^<>]{0,300})?>",
            Pattern.CASE_INSENSITIVE);
    /** Headings, bold, links, fences or a setext title: a bullet list alone is no reason to read Markdown. */
    private static final Pattern MARKDOWN_SIGNS = Pattern.compile(
            "(?m)^ {0,3}#{1,6}[ \\t]+\\S|\\*\\*[^*\\n]{1,120}\\*\\*|__[^_\\n]{1,120}__|^ {0,3}(?:```|~~~)"
                    + "|\\[[^\\]\\n]{1,200}\\]\\([^)\\s]{1,500}\\)|^\\S[^\\n]*\\n=+[ \\t]*$");
    private static final int SNIFF_CHARS = 20_000;
    private static final int TAGS_FOR_HTML = 3;

    static PageFormat detect(String text, String sourceName) {
        String head = text.length() > SNIFF_CHARS ? text.substring(0, SNIFF_CHARS) : text;
        String name = sourceName == null ? "" : sourceName.toLowerCase(Locale.ROOT);
        boolean htmlName = name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
        boolean markdownName = name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".mdown");
        if (DOCUMENT_HTML.matcher(head).find()) {
            return HTML;
        }
        int tags = count(HTML_BLOCK_TAG, head, TAGS_FOR_HTML);
        if (tags >= TAGS_FOR_HTML && !(markdownName && MARKDOWN_SIGNS.matcher(head).find())) {
            return HTML;
        }
        if (markdownName) {
            return MARKDOWN;
        }
        if (htmlName && (tags > 0 || head.indexOf('<') >= 0)) {
            return HTML;
        }
        return MARKDOWN_SIGNS.matcher(head).find() ? MARKDOWN : PLAIN_TEXT;
    }

    private static int count(Pattern p, String text, int enough) {
        var m = p.matcher(text);
        int n = 0;
        while (n < enough && m.find()) {
            n++;
        }
        return n;
    }
}
