package dev.gloss.schedule.optimizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TrainingItemsTest {
    private static final ZoneId UTC = ZoneOffset.UTC;

    private static long at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant().toEpochMilli();
    }

    private static ReviewRecord review(String card, String time, int rating, int state) {
        return new ReviewRecord(card, at(time, UTC), rating, state, 5000);
    }

    @Test
    void oneItemPerLaterDayReviewWithTheWholeHistoryBeforeIt() {
        List<Item> items = TrainingItems.build(List.of(
                review("1", "2024-03-01T10:00", 3, 0),
                review("1", "2024-03-01T10:10", 3, 1),   // same day: part of the history, no item
                review("1", "2024-03-03T09:00", 1, 2),
                review("1", "2024-03-10T09:00", 3, 3)), UTC, 0);

        assertThat(items).hasSize(2);
        assertThat(items.get(0).reviews()).containsExactly(new Review(3, 0), new Review(3, 0), new Review(1, 2));
        assertThat(items.get(1).reviews()).containsExactly(
                new Review(3, 0), new Review(3, 0), new Review(1, 2), new Review(3, 7));
        assertThat(items.get(1).label()).isEqualTo(1);
        assertThat(items.get(0).label()).isZero();
        assertThat(items.get(0).history()).isSameAs(items.get(1).history());
    }

    @Test
    void keepsOnlyTheLastBlockOfNewOrLearningEntriesOnward() {
        List<Item> items = TrainingItems.build(List.of(
                review("7", "2024-01-01T08:00", 3, 0),
                review("7", "2024-01-05T08:00", 3, 2),
                review("7", "2024-02-01T08:00", 1, 0),   // reset / relearned as new: history restarts here
                review("7", "2024-02-01T08:30", 3, 1),
                review("7", "2024-02-04T08:00", 4, 2)), UTC, 0);

        assertThat(items).singleElement().satisfies(item -> assertThat(item.reviews())
                .containsExactly(new Review(1, 0), new Review(3, 0), new Review(4, 3)));
    }

    @Test
    void cardsWithoutANewOrLearningEntryGiveNoItems() {
        assertThat(TrainingItems.build(List.of(
                review("9", "2024-01-01T08:00", 3, 2),
                review("9", "2024-01-09T08:00", 3, 2)), UTC, 0)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "4, 0", "3, 1"})
    void studyDaysStartAtTheDayStartHour(int dayStartHour, int expectedDeltaT) {
        // 23:00 and 03:30 the next morning: a new day at midnight, the same study day if days start at 4
        List<Item> items = TrainingItems.build(List.of(
                review("1", "2024-05-01T23:00", 3, 0),
                review("1", "2024-05-02T03:30", 3, 2),
                review("1", "2024-05-09T12:00", 3, 2)), UTC, dayStartHour);

        Item last = items.get(items.size() - 1);
        assertThat(last.reviews().get(1).deltaT()).isEqualTo(expectedDeltaT);
    }

    @Test
    void daysAreCountedInTheGivenZoneAcrossDaylightSavingTime() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        List<ReviewRecord> log = List.of(
                new ReviewRecord("1", at("2024-03-30T23:30", berlin), 3, 0, 0),
                new ReviewRecord("1", at("2024-03-31T23:30", berlin), 3, 2, 0),   // clocks went forward in between
                new ReviewRecord("1", at("2024-04-01T00:30", berlin), 3, 2, 0));

        List<Item> local = TrainingItems.build(log, berlin, 0);
        List<Item> utc = TrainingItems.build(log, UTC, 0);

        assertThat(local.get(local.size() - 1).reviews()).extracting(Review::deltaT).containsExactly(0, 1, 1);
        assertThat(utc).singleElement().satisfies(item ->
                assertThat(item.reviews()).extracting(Review::deltaT).containsExactly(0, 1));
    }

    @Test
    void itemsAreInReviewTimeOrderAcrossCardsAndInputOrderDoesNotMatter() {
        List<ReviewRecord> log = List.of(
                review("b", "2024-01-03T08:00", 3, 2),
                review("a", "2024-01-02T08:00", 3, 2),
                review("b", "2024-01-01T09:00", 3, 0),
                review("a", "2024-01-01T08:00", 2, 0),
                review("a", "2024-01-04T08:00", 0, 2),   // manual entry: ignored
                review("a", "2024-01-06T08:00", 1, 2));

        List<Item> items = TrainingItems.build(log, UTC, 0);

        assertThat(items).extracting(Item::cardId).containsExactly("a", "b", "a");
        assertThat(items).extracting(Item::reviewTimeMs).isSorted();
        assertThat(items.get(2).reviews()).extracting(Review::deltaT).containsExactly(0, 1, 4);
    }

    @Test
    void simulatedHistoriesGiveTheBindingsItemCounts() {
        assertThat(ReferenceCase.reference().items()).hasSize(11476);
        for (String name : List.of("history-b", "history-c")) {
            ReferenceCase history = ReferenceCase.history(name);
            assertThat(history.items()).as(name).hasSize(history.expectedItems());
        }
    }
}
