package dev.gloss.deck;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON for entries and FAQs, shared by the deck file writer and the collection (which keeps each
 * entry as JSON: entries carry no progress, only text). Field names are those of the deck format.
 */
public final class EntryJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EntryJson() {
    }

    public static void write(JsonGenerator g, Entry e) throws IOException {
        g.writeStartObject();
        g.writeStringField("term", e.term());
        writeStrings(g, "aliases", e.aliases());
        g.writeStringField("definition", e.definition());
        g.writeArrayFieldStart("details");
        for (Detail d : e.details()) {
            g.writeStartObject();
            g.writeStringField("heading", d.heading());
            g.writeStringField("text", d.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        writeStrings(g, "examples", e.examples());
        writeStrings(g, "useCases", e.useCases());
        writeFaqs(g, "faqs", e.faqs());
        writeStrings(g, "related", e.related());
        writeStrings(g, "sources", e.sources());
        g.writeEndObject();
    }

    public static void writeFaqs(JsonGenerator g, String field, List<Faq> faqs) throws IOException {
        g.writeArrayFieldStart(field);
        for (Faq f : faqs) {
            g.writeStartObject();
            g.writeStringField("question", f.question());
            g.writeStringField("answer", f.answer());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    public static void writeStrings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    public static String encode(Entry e) {
        return generate(g -> write(g, e));
    }

    public static String encodeFaqs(List<Faq> faqs) {
        return generate(g -> {
            g.writeStartObject();
            writeFaqs(g, "faqs", faqs);
            g.writeEndObject();
        });
    }

    /** Reads what {@link #encode} wrote. */
    public static Entry decode(String json) {
        JsonNode n = tree(json);
        List<Detail> details = new ArrayList<>();
        for (JsonNode d : n.path("details")) {
            details.add(new Detail(d.path("heading").asText(), d.path("text").asText()));
        }
        return new Entry(n.path("term").asText(), strings(n.path("aliases")), n.path("definition").asText(), details,
                strings(n.path("examples")), strings(n.path("useCases")), faqs(n.path("faqs")),
                strings(n.path("related")), strings(n.path("sources")));
    }

    public static List<Faq> decodeFaqs(String json) {
        if (json == null || json.isBlank() || json.equals("[]")) {
            return List.of();
        }
        return faqs(tree(json).path("faqs"));
    }

    private static List<Faq> faqs(JsonNode array) {
        List<Faq> out = new ArrayList<>();
        for (JsonNode f : array) {
            out.add(new Faq(f.path("question").asText(), f.path("answer").asText()));
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : array) {
            out.add(v.asText());
        }
        return out;
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("stored entry is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static String generate(Writing writing) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(w)) {
            writing.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    @FunctionalInterface
    private interface Writing {
        void write(JsonGenerator g) throws IOException;
    }
}
