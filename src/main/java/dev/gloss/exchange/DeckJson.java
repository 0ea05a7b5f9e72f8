package dev.gloss.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.gloss.GlossException;
import dev.gloss.deck.Card;
import dev.gloss.deck.CardKind;
import dev.gloss.deck.Deck;
import dev.gloss.deck.Detail;
import dev.gloss.deck.Entry;
import dev.gloss.deck.EntryJson;
import dev.gloss.deck.Faq;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Reads and writes deck files ({@code gloss-deck/1}, see docs/deck-format.md). */
public final class DeckJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private DeckJson() {
    }

    public static Deck read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new GlossException(file + ": no such file");
        } catch (IOException e) {
            throw new GlossException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** @param source names the input in error messages (usually the file name) */
    public static Deck read(InputStream in, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new GlossException(source + ": malformed JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new GlossException(source + ": cannot read (" + e.getMessage() + ")");
        }
        if (root == null || root.isMissingNode()) {
            throw new GlossException(source + ": empty file, expected a gloss-deck/1 JSON object");
        }
        return new Reader(source).deck(root);
    }

    /** True when the JSON text starts like a gloss deck (used to pick an importer by content). */
    public static boolean looksLikeDeck(String head) {
        return head.stripLeading().startsWith("{") && head.contains("\"" + "format" + "\"")
                && head.contains(Deck.FORMAT);
    }

    public static void write(Deck deck, OutputStream out) {
        try {
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            write(deck, w);
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String toJson(Deck deck) {
        StringWriter w = new StringWriter();
        try {
            write(deck, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private static void write(Deck deck, Writer w) throws IOException {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(w)) {
            g.setPrettyPrinter(pretty);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("format", Deck.FORMAT);
            g.writeStringField("name", deck.name());
            g.writeStringField("description", deck.description());
            g.writeArrayFieldStart("entries");
            for (Entry e : deck.entries()) {
                EntryJson.write(g, e);
            }
            g.writeEndArray();
            EntryJson.writeFaqs(g, "faqs", deck.faqs());
            g.writeArrayFieldStart("cards");
            for (Card c : deck.cards()) {
                writeCard(g, c);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void writeCard(JsonGenerator g, Card c) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("kind", c.kind().jsonName());
        if (!c.entry().isEmpty()) {
            g.writeStringField("entry", c.entry());
        }
        g.writeStringField("front", c.front());
        g.writeStringField("back", c.back());
        if (!c.choices().isEmpty()) {
            EntryJson.writeStrings(g, "choices", c.choices());
        }
        if (!c.tags().isEmpty()) {
            EntryJson.writeStrings(g, "tags", c.tags());
        }
        g.writeEndObject();
    }

    /** Maps the tree to records, naming the deck, entry or card and the field on every problem. */
    private static final class Reader {
        private final String source;

        Reader(String source) {
            this.source = source;
        }

        Deck deck(JsonNode root) {
            if (!root.isObject()) {
                throw fail("the top level must be a JSON object with \"format\": \"" + Deck.FORMAT + "\"");
            }
            JsonNode format = root.get("format");
            if (format == null || !format.isTextual()) {
                throw fail("field 'format' is missing (expected \"" + Deck.FORMAT + "\")");
            }
            if (!Deck.FORMAT.equals(format.asText())) {
                throw fail("unsupported format '" + format.asText() + "' (expected \"" + Deck.FORMAT + "\")");
            }
            String name = requiredText(root, "name", "the deck");
            String description = optionalText(root, "description", "the deck");
            List<Entry> entries = list(root, "entries", "the deck", this::entry);
            List<Faq> faqs = list(root, "faqs", "the deck", n -> faq(n, "a deck-level faq"));
            List<Card> cards = list(root, "cards", "the deck", this::card);
            Set<String> ids = new HashSet<>();
            for (Card c : cards) {
                if (!ids.add(c.id())) {
                    throw fail("card id '" + c.id() + "' appears twice");
                }
            }
            try {
                return new Deck(name, description, entries, faqs, cards);
            } catch (IllegalArgumentException e) {
                throw fail(e.getMessage());
            }
        }

        private Entry entry(JsonNode n, int index) {
            String where = "entry " + (index + 1);
            if (!n.isObject()) {
                throw fail(where + " is not an object");
            }
            String term = requiredText(n, "term", where);
            where = "entry '" + term + "'";
            String context = where;
            String definition = requiredText(n, "definition", where);
            List<Detail> details = list(n, "details", where, (d, i) -> new Detail(
                    requiredText(d, "heading", context + " detail " + (i + 1)),
                    requiredText(d, "text", context + " detail " + (i + 1))));
            List<Faq> faqs = list(n, "faqs", where, (f, i) -> faq(f, context + " faq " + (i + 1)));
            return new Entry(term, strings(n, "aliases", where), definition, details, strings(n, "examples", where),
                    strings(n, "useCases", where), faqs, strings(n, "related", where), strings(n, "sources", where));
        }

        private Faq faq(JsonNode n, String where) {
            return new Faq(requiredText(n, "question", where), requiredText(n, "answer", where));
        }

        private Card card(JsonNode n, int index) {
            String where = "card " + (index + 1);
            if (!n.isObject()) {
                throw fail(where + " is not an object");
            }
            String id = requiredText(n, "id", where);
            where = "card " + (index + 1) + " (" + id + ")";
            String kindName = requiredText(n, "kind", where);
            CardKind kind;
            try {
                kind = CardKind.fromJsonName(kindName);
            } catch (IllegalArgumentException e) {
                throw fail(where + ": field 'kind': " + e.getMessage());
            }
            String front = requiredText(n, "front", where);
            String back = requiredText(n, "back", where);
            List<String> choices = strings(n, "choices", where);
            if (kind == CardKind.CHOICE && !choices.isEmpty() && !choices.contains(dev.gloss.deck.PlainText.clean(back))) {
                throw fail(where + ": field 'choices' does not contain the answer '" + back + "'");
            }
            try {
                return new Card(id, kind, optionalText(n, "entry", where), front, back, choices,
                        strings(n, "tags", where));
            } catch (IllegalArgumentException e) {
                throw fail(where + ": " + e.getMessage());
            }
        }

        private String requiredText(JsonNode n, String field, String where) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                throw fail(where + ": field '" + field + "' is missing");
            }
            if (!v.isTextual()) {
                throw fail(where + ": field '" + field + "' must be a string");
            }
            if (v.asText().isBlank()) {
                throw fail(where + ": field '" + field + "' is empty");
            }
            return v.asText();
        }

        private String optionalText(JsonNode n, String field, String where) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                return "";
            }
            if (!v.isTextual()) {
                throw fail(where + ": field '" + field + "' must be a string");
            }
            return v.asText();
        }

        private List<String> strings(JsonNode n, String field, String where) {
            return list(n, field, where, (v, i) -> {
                if (!v.isTextual()) {
                    throw fail(where + ": field '" + field + "' item " + (i + 1) + " must be a string");
                }
                return v.asText();
            });
        }

        private <T> List<T> list(JsonNode n, String field, String where, Function<JsonNode, T> item) {
            return list(n, field, where, (v, i) -> item.apply(v));
        }

        private <T> List<T> list(JsonNode n, String field, String where, Indexed<T> item) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (!v.isArray()) {
                throw fail(where + ": field '" + field + "' must be an array");
            }
            List<T> out = new ArrayList<>(v.size());
            for (int i = 0; i < v.size(); i++) {
                out.add(item.apply(v.get(i), i));
            }
            return out;
        }

        private GlossException fail(String what) {
            return new GlossException(source + ": " + what);
        }
    }

    @FunctionalInterface
    private interface Indexed<T> {
        T apply(JsonNode node, int index);
    }
}
