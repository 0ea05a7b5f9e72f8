package dev.gloss.study;

import dev.gloss.deck.PlainText;
import dev.gloss.schedule.Rating;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A typed answer checked against the expected one, leniently: case, accents, punctuation and
 * spacing do not count, and a few typos (more for longer answers) make it close rather than wrong.
 * An answer "Large Language Model (LLM)" also accepts "Large Language Model" and "LLM", and
 * "to eat; to consume" accepts either part.
 *
 * @param expected the accepted form of the answer the typed text was compared with
 * @param typed    the typed text, NFC, trimmed, spaces collapsed
 * @param distance edits (insert, delete, substitute, swap neighbours) between the normalised forms
 * @param diff     a character diff from {@code typed} to {@code expected}
 */
public record AnswerCheck(Verdict verdict, String expected, String typed, int distance, List<DiffPart> diff) {
    /** Longest answer (in characters, once normalised) that type mode asks to be typed. */
    public static final int TYPEABLE_LENGTH = 60;
    /** Typed text beyond this is not diffed (the diff is quadratic). */
    private static final int DIFF_LIMIT = 400;
    private static final Pattern PARENTHESIS = Pattern.compile("\\(([^()]*)\\)");

    public AnswerCheck {
        diff = List.copyOf(diff);
    }

    public Rating proposedRating() {
        return verdict.proposedRating();
    }

    /** Compares {@code typed} with {@code answer} (and the other forms the answer accepts). */
    public static AnswerCheck of(String answer, String typed) {
        String shownTyped = display(typed);
        String typedKey = normalize(shownTyped);
        AnswerCheck best = null;
        for (String form : acceptedForms(answer)) {
            AnswerCheck c = compare(form, shownTyped, typedKey);
            if (best == null || c.verdict().ordinal() < best.verdict().ordinal()
                    || c.verdict() == best.verdict() && c.distance() < best.distance()) {
                best = c;
            }
        }
        return best;
    }

    /** True when the answer is short enough to be typed (long definitions are flipped instead). */
    public static boolean typeable(String answer) {
        String n = normalize(answer);
        return !n.isEmpty() && n.codePointCount(0, n.length()) <= TYPEABLE_LENGTH;
    }

    private static AnswerCheck compare(String form, String shownTyped, String typedKey) {
        String formKey = normalize(form);
        List<DiffPart> diff = diff(shownTyped, form);
        if (typedKey.isEmpty()) {
            return new AnswerCheck(Verdict.WRONG, form, shownTyped, codePoints(formKey).length, diff);
        }
        if (formKey.isEmpty()) {
            // an answer of punctuation only: nothing lenient to compare, so compare as written
            boolean same = form.equals(shownTyped);
            return new AnswerCheck(same ? Verdict.RIGHT : Verdict.WRONG, form, shownTyped, same ? 0 : 1, diff);
        }
        if (formKey.replace(" ", "").equals(typedKey.replace(" ", ""))) {
            return new AnswerCheck(Verdict.RIGHT, form, shownTyped, 0, diff);
        }
        int[] want = codePoints(formKey);
        int distance = distance(want, codePoints(typedKey));
        Verdict verdict = distance <= tolerance(want.length) ? Verdict.CLOSE : Verdict.WRONG;
        return new AnswerCheck(verdict, form, shownTyped, distance, diff);
    }

    /** Typos forgiven for an answer of {@code length} characters: none up to 3, one up to 7, then about 15%. */
    static int tolerance(int length) {
        if (length <= 3) {
            return 0;
        }
        if (length <= 7) {
            return 1;
        }
        return Math.max(2, length * 15 / 100);
    }

    /** The whole answer, and the parts a person could fairly type instead. */
    static List<String> acceptedForms(String answer) {
        String whole = display(answer);
        Set<String> forms = new LinkedHashSet<>();
        forms.add(whole);
        Matcher m = PARENTHESIS.matcher(whole);
        boolean hasParenthesis = false;
        while (m.find()) {
            hasParenthesis = true;
            addIfUseful(forms, m.group(1));
        }
        if (hasParenthesis) {
            addIfUseful(forms, PARENTHESIS.matcher(whole).replaceAll(" "));
        }
        if (whole.contains(";")) {
            for (String part : whole.split(";")) {
                addIfUseful(forms, part);
            }
        }
        return List.copyOf(forms);
    }

    private static void addIfUseful(Set<String> forms, String form) {
        String d = display(form);
        if (!normalize(d).isEmpty()) {
            forms.add(d);
        }
    }

    /** Text as shown: safe, NFC, one line, single spaces, trimmed. */
    static String display(String text) {
        return PlainText.oneLine(text == null ? "" : text);
    }

    /**
     * The lenient form compared: NFC, case-folded, accents removed from Latin, Greek and Cyrillic
     * letters (marks in other scripts carry meaning and stay), dashes and slashes as spaces, other
     * punctuation removed, single spaces.
     */
    public static String normalize(String text) {
        String s = Normalizer.normalize(display(text), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(s.length());
        Character.UnicodeScript baseScript = Character.UnicodeScript.COMMON;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK) {
                if (!hasAccentsToIgnore(baseScript)) {
                    out.appendCodePoint(cp);
                }
                continue;
            }
            baseScript = Character.UnicodeScript.of(cp);
            if (type == Character.DASH_PUNCTUATION || cp == '/' || cp == '\\' || cp == '_'
                    || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else if (isPunctuation(type)) {
                // dropped: "don't" matches "dont", "e.g." matches "eg"
            } else {
                out.appendCodePoint(cp);
            }
        }
        String folded = out.toString().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(folded, Normalizer.Form.NFC).strip().replaceAll(" +", " ");
    }

    private static boolean hasAccentsToIgnore(Character.UnicodeScript script) {
        return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.GREEK
                || script == Character.UnicodeScript.CYRILLIC;
    }

    private static boolean isPunctuation(int type) {
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.OTHER_PUNCTUATION;
    }

    /** Optimal string alignment distance (Damerau-Levenshtein without repeated edits of one substring). */
    static int distance(int[] a, int[] b) {
        int[][] d = new int[a.length + 1][b.length + 1];
        for (int i = 0; i <= a.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            for (int j = 1; j <= b.length; j++) {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length][b.length];
    }

    /**
     * A character diff from {@code typed} to {@code expected}: letters are compared without case
     * or accents, so "resume" against "Résumé" is all SAME and shows the expected spelling.
     */
    static List<DiffPart> diff(String typed, String expected) {
        int[] t = codePoints(typed);
        int[] e = codePoints(expected);
        if (t.length > DIFF_LIMIT) {
            return List.of(new DiffPart(DiffPart.Kind.EXTRA, typed), new DiffPart(DiffPart.Kind.MISSING, expected));
        }
        int[] tk = foldEach(t);
        int[] ek = foldEach(e);
        int[][] d = new int[t.length + 1][e.length + 1];
        for (int i = 0; i <= t.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= e.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= t.length; i++) {
            for (int j = 1; j <= e.length; j++) {
                int diagonal = d[i - 1][j - 1] + (tk[i - 1] == ek[j - 1] ? 0 : 1);
                d[i][j] = Math.min(diagonal, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
            }
        }
        List<DiffPart> reversed = new ArrayList<>();
        int i = t.length;
        int j = e.length;
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && tk[i - 1] == ek[j - 1] && d[i][j] == d[i - 1][j - 1]) {
                add(reversed, DiffPart.Kind.SAME, e[--j]);
                i--;
            } else if (j > 0 && (i == 0 || d[i][j] == d[i][j - 1] + 1)) {
                add(reversed, DiffPart.Kind.MISSING, e[--j]);
            } else if (i > 0 && (j == 0 || d[i][j] == d[i - 1][j] + 1)) {
                add(reversed, DiffPart.Kind.EXTRA, t[--i]);
            } else {
                // a substitution: the typed letter is extra, the expected one missing
                add(reversed, DiffPart.Kind.MISSING, e[--j]);
                add(reversed, DiffPart.Kind.EXTRA, t[--i]);
            }
        }
        List<DiffPart> parts = new ArrayList<>(reversed.size());
        for (int k = reversed.size() - 1; k >= 0; k--) {
            DiffPart p = reversed.get(k);
            // StringBuilder.reverse keeps surrogate pairs together
            parts.add(new DiffPart(p.kind(), new StringBuilder(p.text()).reverse().toString()));
        }
        return parts;
    }

    /** Appends while walking backwards, merging a run of one kind (reversed back at the end). */
    private static void add(List<DiffPart> reversed, DiffPart.Kind kind, int codePoint) {
        String cp = new String(Character.toChars(codePoint));
        int last = reversed.size() - 1;
        if (last >= 0 && reversed.get(last).kind() == kind) {
            reversed.set(last, new DiffPart(kind, reversed.get(last).text() + cp));
        } else {
            reversed.add(new DiffPart(kind, cp));
        }
    }

    private static int[] foldEach(int[] cps) {
        int[] out = new int[cps.length];
        for (int k = 0; k < cps.length; k++) {
            String n = normalize(new String(Character.toChars(cps[k])));
            out[k] = n.isEmpty() ? cps[k] : n.codePointAt(0);
        }
        return out;
    }

    private static int[] codePoints(String s) {
        return s.codePoints().toArray();
    }
}
