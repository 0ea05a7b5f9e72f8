package dev.gloss.glossary;

/**
 * One piece of a page as its reader saw it, in page order. The three readers (plain text,
 * Markdown, HTML) turn their format into blocks; {@link PageInterpreter} turns blocks into entries
 * without knowing which format they came from. All text is plain, on one line.
 */
sealed interface Block {

    /**
     * A heading. {@code inferred} headings come from plain text, where a short line without a full
     * stop is taken for a heading and the level is a guess.
     */
    record Heading(int level, String text, boolean inferred) implements Block {
    }

    record Paragraph(String text) implements Block {
    }

    /** A bullet or numbered list item. */
    record Item(String text) implements Block {
    }

    /** A term stated with its definition in one place: {@code <dt>/<dd>}, "**Term**: definition", JSON-LD. */
    record TermDefinition(String term, String definition, java.util.List<String> aliases) implements Block {
        TermDefinition(String term, String definition) {
            this(term, definition, java.util.List.of());
        }
    }

    /** A question with its answer in one place: {@code <details>}, "Q:/A:", JSON-LD. */
    record QuestionAnswer(String question, String answer) implements Block {
    }

    /** A labelled line about the current term ("**Also known as:** ref, head"). */
    record Field(FieldKind kind, String value) implements Block {
    }

    enum FieldKind { ALIASES, RELATED, EXAMPLE, DEFINITION, USE_CASES }
}
