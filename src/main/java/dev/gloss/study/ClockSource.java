package dev.gloss.study;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** The clock Gloss runs on: the system clock, or a fixed instant from {@code GLOSS_NOW} (tests, demos). */
public final class ClockSource {
    private ClockSource() {
    }

    public static Clock from(Map<String, String> env, ZoneId zone) {
        String fixed = env.get("GLOSS_NOW");
        if (fixed == null || fixed.isBlank()) {
            return Clock.system(zone);
        }
        try {
            return Clock.fixed(Instant.parse(fixed.trim()), zone);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("GLOSS_NOW='" + fixed + "' is not an ISO-8601 instant such as "
                    + "2026-01-05T10:00:00Z");
        }
    }
}
