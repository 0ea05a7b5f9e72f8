package dev.gloss.glossary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.Jsoup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * schema.org JSON-LD in a page: {@code FAQPage}/{@code Question} become question-answer blocks,
 * {@code DefinedTerm} becomes a term definition, {@code DefinedTermSet} names the page. Objects are
 * found anywhere (top level, arrays, {@code @graph}, {@code mainEntity}). Broken JSON is ignored:
 * the visible page still counts.
 */
final class JsonLdReader {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    private static final int MAX_DEPTH = 40;

    record Result(List<Block> blocks, String name, String description) {
    }

    private final List<Block> blocks = new ArrayList<>();
    private String name = "";
    private String description = "";

    private JsonLdReader() {
    }

    static Result read(List<String> scripts) {
        JsonLdReader reader = new JsonLdReader();
        for (String script : scripts) {
            try {
                reader.visit(MAPPER.readTree(script), 0);
            } catch (JsonProcessingException | RuntimeException e) {
                // Broken structured data: the visible page is still read.
            }
        }
        return new Result(List.copyOf(reader.blocks), reader.name, reader.description);
    }

    private void visit(JsonNode node, int depth) {
        if (node == null || depth > MAX_DEPTH) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode child : node) {
                visit(child, depth + 1);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (hasType(node, "Question")) {
            question(node);
        } else if (hasType(node, "DefinedTerm")) {
            term(node);
        } else if (hasType(node, "DefinedTermSet") && name.isEmpty()) {
            name = text(node.get("name"));
            description = text(node.get("description"));
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (field.getValue().isContainerNode() && !field.getKey().equals("acceptedAnswer")) {
                visit(field.getValue(), depth + 1);
            }
        }
    }

    private void question(JsonNode node) {
        String question = text(node.get("name"));
        if (question.isEmpty()) {
            question = text(node.get("text"));
        }
        JsonNode accepted = node.get("acceptedAnswer");
        if (accepted != null && accepted.isArray()) {
            accepted = accepted.size() > 0 ? accepted.get(0) : null;
        }
        String answer = accepted == null ? "" : accepted.isTextual() ? text(accepted) : text(accepted.get("text"));
        if (!question.isEmpty() && !answer.isEmpty()) {
            blocks.add(new Block.QuestionAnswer(question, answer));
        }
    }

    private void term(JsonNode node) {
        String term = text(node.get("name"));
        String definition = text(node.get("description"));
        if (term.isEmpty() || definition.isEmpty()) {
            return;
        }
        List<String> aliases = new ArrayList<>();
        JsonNode alternate = node.get("alternateName");
        if (alternate != null && alternate.isArray()) {
            alternate.forEach(a -> addIfPresent(aliases, text(a)));
        } else {
            addIfPresent(aliases, text(alternate));
        }
        blocks.add(new Block.TermDefinition(term, definition, aliases));
    }

    private static void addIfPresent(List<String> list, String value) {
        if (!value.isEmpty()) {
            list.add(value);
        }
    }

    private static boolean hasType(JsonNode node, String type) {
        JsonNode t = node.get("@type");
        if (t == null) {
            return false;
        }
        if (t.isArray()) {
            for (JsonNode each : t) {
                if (matchesType(each.asText(), type)) {
                    return true;
                }
            }
            return false;
        }
        return matchesType(t.asText(), type);
    }

    private static boolean matchesType(String value, String type) {
        return value.equals(type) || value.endsWith("/" + type) || value.endsWith(":" + type);
    }

    /** A JSON-LD string as plain text: entities decoded, any HTML inside reduced to its text. */
    private static String text(JsonNode node) {
        if (node == null || !node.isValueNode()) {
            return "";
        }
        String raw = TextCleanup.decodeEntities(node.asText());
        if (raw.indexOf('<') >= 0) {
            raw = Jsoup.parse(raw).text();
        }
        return NoiseFilter.stripIcons(TextCleanup.oneLine(raw));
    }
}
