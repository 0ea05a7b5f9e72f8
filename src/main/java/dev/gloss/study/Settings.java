package dev.gloss.study;

import dev.gloss.schedule.Parameters;
import dev.gloss.schedule.SchedulerConfig;
import dev.gloss.schedule.StudyCalendar;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/** The effective options for studying one deck (deck values over global values over defaults). */
public record Settings(double desiredRetention, String learningSteps, String relearningSteps, int newPerDay,
                       int maximumInterval, boolean fuzz, int dayStartHour, Parameters parameters) {

    public static Settings defaults() {
        return from(Map.of());
    }

    /** Builds settings from stored text values; missing keys take their defaults. */
    public static Settings from(Map<Setting, String> values) {
        Map<Setting, String> v = new EnumMap<>(Setting.class);
        for (Setting s : Setting.values()) {
            v.put(s, values.getOrDefault(s, s.defaultValue()));
        }
        Function<Setting, String> get = v::get;
        return new Settings(
                Double.parseDouble(get.apply(Setting.DESIRED_RETENTION)),
                get.apply(Setting.LEARNING_STEPS),
                get.apply(Setting.RELEARNING_STEPS),
                Integer.parseInt(get.apply(Setting.NEW_PER_DAY)),
                Integer.parseInt(get.apply(Setting.MAXIMUM_INTERVAL)),
                "on".equals(get.apply(Setting.FUZZ)),
                Integer.parseInt(get.apply(Setting.DAY_START_HOUR)),
                Parameters.parse(get.apply(Setting.PARAMETERS)));
    }

    public SchedulerConfig schedulerConfig() {
        return new SchedulerConfig(parameters, desiredRetention, SchedulerConfig.parseSteps(learningSteps),
                SchedulerConfig.parseSteps(relearningSteps), maximumInterval, fuzz, true);
    }

    public StudyCalendar calendar(ZoneId zone) {
        return new StudyCalendar(zone, dayStartHour);
    }
}
