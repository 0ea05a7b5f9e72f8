package dev.gloss.stats;

import dev.gloss.schedule.StudyCalendar;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class StudyDaysTest {
    @Test
    void daysAndHoursAreThoseOfTheCalendarInEveryKindOfZone() {
        SplittableRandom random = new SplittableRandom(7);
        long from = Instant.parse("1995-01-01T00:00:00Z").toEpochMilli();
        long to = Instant.parse("2090-01-01T00:00:00Z").toEpochMilli();
        for (String zone : new String[]{"UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Asia/Kathmandu",
                "Australia/Lord_Howe", "Pacific/Chatham", "America/St_Johns", "Pacific/Apia"}) {
            for (int hour : new int[]{0, 4, 23}) {
                StudyCalendar calendar = new StudyCalendar(ZoneId.of(zone), hour);
                StudyDays days = new StudyDays(calendar);
                for (int i = 0; i < 20_000; i++) {
                    long ms = random.nextLong(from, to);
                    Instant at = Instant.ofEpochMilli(ms);
                    assertThat(days.dayOf(ms)).as(zone + " " + hour + " " + at).isEqualTo(calendar.dayOf(at));
                    assertThat(days.hourOf(ms)).as(zone + " " + at).isEqualTo(at.atZone(calendar.zone()).getHour());
                }
            }
        }
    }

    @Test
    void instantsAroundTransitionsGetTheOffsetOfTheirSide() {
        StudyCalendar calendar = new StudyCalendar(ZoneId.of("Europe/Berlin"), 4);
        StudyDays days = new StudyDays(calendar);
        for (String utc : new String[]{"2026-03-29T00:59:59.999Z", "2026-03-29T01:00:00Z", "2026-03-29T01:59:59.999Z",
                "2026-03-29T02:00:00Z", "2026-10-25T00:59:59.999Z", "2026-10-25T01:00:00Z", "2026-10-25T02:59:59.999Z",
                "2026-10-25T03:00:00Z"}) {
            Instant at = Instant.parse(utc);
            assertThat(days.dayOf(at.toEpochMilli())).as(utc).isEqualTo(calendar.dayOf(at));
            assertThat(days.hourOf(at.toEpochMilli())).as(utc).isEqualTo(at.atZone(calendar.zone()).getHour());
        }
    }
}
