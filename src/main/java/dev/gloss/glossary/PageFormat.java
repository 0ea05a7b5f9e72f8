package dev.gloss.glossary;

import java.util.Locale;
import java.util.regex.Pattern;

/** The formats a glossary page can be in, chosen by content; the file extension only breaks ties. */
enum PageFormat {
    PLAIN_TEXT, MARKDOWN, HTML;

    private static final Pattern DOCUMENT_HTML = Pattern.compile(
            "<!doctype\\s+html|<html[\\s>]|<body[\\s>]|<head[\\s>]|<script\\s+type=[\"']application/ld\\+json");
    private static final Pattern HTML_BLOCK_TAG = Pattern.compile(
            "<(?:p|div|dl|dt|dd|h[1-6]|ul|ol|li|table|section|article|main|details|summary)(?:\\s[^<>]{0,300})?>");
    private static final Pattern BOLD = Pattern.compile("\\*\\*[^*\\n]{1,120}\\*\\*|__[^_\\n]{1,120}__");
    private static final Pattern LINK = Pattern.compile("\\[[^\\]\\n]{1,200}\\]\\([^)\\s]{1,500}\\)");
    private static final int SNIFF_CHARS = 20_000;
    private static final int TAGS_FOR_HTML = 3;

    static PageFormat detect(String text, String sourceName) {
        String head = text.length() > SNIFF_CHARS ? text.substring(0, SNIFF_CHARS) : text;
        String name = sourceName == null ? "" : sourceName.toLowerCase(Locale.ROOT);
        boolean htmlName = name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
        boolean markdownName = name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".mdown");
        int tags = 0;
        if (head.indexOf('<') >= 0) {
            String lower = head.toLowerCase(Locale.ROOT);
            if (DOCUMENT_HTML.matcher(lower).find()) {
                return HTML;
            }
            tags = count(HTML_BLOCK_TAG, lower, TAGS_FOR_HTML);
        }
        if (tags >= TAGS_FOR_HTML && !(markdownName && looksLikeMarkdown(head))) {
            return HTML;
        }
        if (markdownName) {
            return MARKDOWN;
        }
        if (htmlName && head.indexOf('<') >= 0) {
            return HTML;
        }
        return looksLikeMarkdown(head) ? MARKDOWN : PLAIN_TEXT;
    }

    /** ATX headings, code fences, a setext title, bold, or links: a bullet list alone is no reason to read Markdown. */
    private static boolean looksLikeMarkdown(String head) {
        boolean previousBlank = true;
        int start = 0;
        while (start < head.length()) {
            int end = head.indexOf('\n', start);
            if (end < 0) {
                end = head.length();
            }
            int i = start;
            while (i < end && i - start < 3 && head.charAt(i) == ' ') {
                i++;
            }
            if (isAtxHeading(head, i, end) || head.startsWith("```", i) || head.startsWith("~~~", i)
                    || (!previousBlank && isRunOf(head, i, end, '='))) {
                return true;
            }
            previousBlank = head.substring(start, end).isBlank();
            start = end + 1;
        }
        return (head.contains("**") || head.contains("__")) && BOLD.matcher(head).find()
                || head.contains("](") && LINK.matcher(head).find();
    }

    private static boolean isAtxHeading(String s, int i, int end) {
        int hashes = 0;
        while (i + hashes < end && s.charAt(i + hashes) == '#') {
            hashes++;
        }
        int after = i + hashes;
        return hashes >= 1 && hashes <= 6 && after + 1 < end && (s.charAt(after) == ' ' || s.charAt(after) == '\t')
                && !s.substring(after, end).isBlank();
    }

    private static boolean isRunOf(String s, int i, int end, char c) {
        String line = s.substring(i, end).strip();
        return !line.isEmpty() && line.chars().allMatch(ch -> ch == c);
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
