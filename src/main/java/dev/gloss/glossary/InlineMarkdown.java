package dev.gloss.glossary;

import java.util.regex.Pattern;

/** Markdown inline syntax to plain text: links keep their words, emphasis and code marks go. */
final class InlineMarkdown {
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\\n]{0,500}\\]\\([^)\\n]{0,1000}\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]{1,500})\\]\\([^)\\n]{0,1000}\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]\\n]{1,500})\\]\\[[^\\]\\n]{0,200}\\]");
    private static final Pattern AUTOLINK = Pattern.compile("<(?:https?|mailto|ftp):[^>\\s]{1,1000}>");
    private static final Pattern FOOTNOTE_REF = Pattern.compile("\\[\\^[^\\]\\n]{1,100}\\]");
    private static final Pattern CODE = Pattern.compile("`{1,3}([^`\\n]{1,1000}?)`{1,3}");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.{1,1000}?)(?<=\\S)\\1");
    private static final Pattern EM_STAR = Pattern.compile("(?<![\\p{L}\\p{N}*\\\\])\\*(?=[^\\s*])([^*\\n]{1,1000}?)(?<=[^\\s*])\\*(?!\\*)");
    private static final Pattern EM_UNDERSCORE = Pattern.compile(
            "(?<![\\p{L}\\p{N}_\\\\])_(?=[^\\s_])([^_\\n]{1,1000}?)(?<=[^\\s_])_(?![\\p{L}\\p{N}_])");
    private static final Pattern STRIKE = Pattern.compile("~~(.{1,1000}?)~~");
    private static final Pattern STRAY_MARKS = Pattern.compile("\\*\\*+|(?<![\\p{L}\\p{N}])__+(?![\\p{L}\\p{N}])|~~");
    private static final Pattern HEADING_ID = Pattern.compile("\\s*\\{#[^}\\n]{0,100}\\}\\s*$");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<])");

    private InlineMarkdown() {
    }

    static String toPlain(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return "";
        }
        String s = markdown;
        if (s.indexOf('[') >= 0 || s.indexOf('<') >= 0) {
            s = IMAGE.matcher(s).replaceAll("");
            s = LINK.matcher(s).replaceAll("$1");
            s = REFERENCE_LINK.matcher(s).replaceAll("$1");
            s = AUTOLINK.matcher(s).replaceAll("");
            s = FOOTNOTE_REF.matcher(s).replaceAll("");
        }
        if (s.indexOf('`') >= 0) {
            s = CODE.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('*') >= 0 || s.indexOf('_') >= 0 || s.indexOf('~') >= 0) {
            s = STRONG.matcher(s).replaceAll("$2");
            s = EM_STAR.matcher(s).replaceAll("$1");
            s = EM_UNDERSCORE.matcher(s).replaceAll("$1");
            s = STRIKE.matcher(s).replaceAll("$1");
            s = STRAY_MARKS.matcher(s).replaceAll("");
        }
        if (s.indexOf('{') >= 0) {
            s = HEADING_ID.matcher(s).replaceAll("");
        }
        if (s.indexOf('\\') >= 0) {
            s = ESCAPE.matcher(s).replaceAll("$1");
        }
        return TextCleanup.plain(s).strip();
    }
}
