package dev.gloss.schedule.optimizer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gloss.exchange.RevlogCsvReader;
import dev.gloss.schedule.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** A simulated history from src/test/resources/optimizer/ with the reference numbers stored next to it. */
record ReferenceCase(String name, List<Item> items, JsonNode expected) {

    static ReferenceCase load(String csvResource, String jsonResource) {
        try (InputStream raw = stream(csvResource); InputStream json = stream(jsonResource);
             InputStream csv = csvResource.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8)) {
            JsonNode expected = new ObjectMapper().readTree(json);
            List<ReviewRecord> records = RevlogCsvReader.read(reader, csvResource);
            int dayStartHour = expected.path("next_day_starts_at").asInt(0);
            List<Item> items = TrainingItems.build(records, ZoneOffset.UTC, dayStartHour);
            return new ReferenceCase(csvResource, items, expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReferenceCase reference() {
        return load("reference-revlog.csv", "reference-case.json");
    }

    /** Simulated histories with fsrs-rs's fit stored beside them (history-b.json, history-c.json). */
    static ReferenceCase history(String name) {
        return load(name + "-revlog.csv.gz", name + ".json");
    }

    int expectedItems() {
        return expected.get("items").asInt();
    }

    Parameters parameters(String set) {
        JsonNode array = expected.get("parameters").get(set);
        double[] w = new double[array.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = array.get(i).asDouble();
        }
        return Parameters.of(w);
    }

    double jsUnweighted(String set, String metric) {
        return expected.get("js_unweighted").get(set).get(metric).asDouble();
    }

    private static InputStream stream(String resource) {
        InputStream in = ReferenceCase.class.getResourceAsStream("/optimizer/" + resource);
        if (in == null) {
            throw new IllegalStateException("missing test resource optimizer/" + resource);
        }
        return in;
    }
}
