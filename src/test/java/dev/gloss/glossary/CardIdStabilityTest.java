package dev.gloss.glossary;

import dev.gloss.deck.Card;
import dev.gloss.deck.CardKind;
import dev.gloss.deck.Deck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Regenerating after a page changes keeps the ids (and so the progress) of cards whose prompt did not change. */
class CardIdStabilityTest {
    private static final String PAGE = """
            # Caching Glossary

            ## Cache Hit

            A cache hit is a request that is answered from the cache without reaching the slower backing store.

            ### How is the hit ratio computed?

            Divide the number of cache hits by the total number of requests over the same period.

            ## Eviction

            Eviction is the removal of entries from a full cache to make room for new ones.

            ### Which eviction policy is most common?

            Least recently used, which evicts the entry that has gone unread the longest.

            ## Time To Live

            The time to live is how long an entry may stay in the cache before it must be fetched again.

            ## Write-Through

            A write-through cache writes every change to the cache and the backing store at the same time.
            """;

    @TempDir
    Path dir;

    @Test
    void regeneratingTheSamePagesGivesTheSameDeck() throws IOException {
        Deck first = generate(PAGE);
        Deck second = generate(PAGE);

        assertThat(second.cards()).isEqualTo(first.cards());
    }

    @Test
    void editingADefinitionKeepsTheIdsOfItsCards() throws IOException {
        Map<String, Card> before = byKindAndEntry(generate(PAGE));
        Map<String, Card> after = byKindAndEntry(generate(PAGE.replace(
                "to make room for new ones.", "so that new ones fit, usually by a policy such as LRU.")));

        for (CardKind kind : List.of(CardKind.DEFINITION, CardKind.REVERSE, CardKind.CHOICE)) {
            String key = kind + "/Eviction";
            assertThat(after.get(key).id()).as(key).isEqualTo(before.get(key).id());
            assertThat(after.get(key).back()).isNotNull();
        }
        assertThat(after.get("DEFINITION/Eviction").back()).isNotEqualTo(before.get("DEFINITION/Eviction").back());
    }

    @Test
    void editingAnAnswerKeepsTheQuestionCardId() throws IOException {
        Deck before = generate(PAGE);
        Deck after = generate(PAGE.replace("over the same period.", "in the same time window."));

        assertThat(ids(after, CardKind.FAQ)).isEqualTo(ids(before, CardKind.FAQ));
    }

    @Test
    void changingAQuestionChangesOnlyThatCardsId() throws IOException {
        Deck before = generate(PAGE);
        Deck after = generate(PAGE.replace("Which eviction policy is most common?",
                "Which eviction policy do most caches use?"));

        List<String> lost = ids(before, CardKind.FAQ).stream().filter(id -> !ids(after, CardKind.FAQ).contains(id)).toList();
        List<String> gained = ids(after, CardKind.FAQ).stream().filter(id -> !ids(before, CardKind.FAQ).contains(id)).toList();
        assertThat(lost).hasSize(1);
        assertThat(gained).hasSize(1);
        List<String> otherIdsBefore = before.cards().stream().map(Card::id).filter(id -> !lost.contains(id)).toList();
        List<String> otherIdsAfter = after.cards().stream().map(Card::id).filter(id -> !gained.contains(id)).toList();
        assertThat(otherIdsAfter).isEqualTo(otherIdsBefore);
    }

    @Test
    void idsDependOnTheDeckTheEntryTheKindAndThePromptKeyOnly() throws IOException {
        Deck deck = generate(PAGE);
        Card definition = card(deck, CardKind.DEFINITION, "Cache Hit");
        Card faq = deck.cards().stream().filter(c -> c.front().equals("How is the hit ratio computed?")).findFirst()
                .orElseThrow();

        assertThat(definition.id()).isEqualTo(dev.gloss.deck.CardIds.of("Caching Glossary", "Cache Hit",
                CardKind.DEFINITION, ""));
        assertThat(faq.id()).isEqualTo(dev.gloss.deck.CardIds.of("Caching Glossary", "Cache Hit", CardKind.FAQ,
                "How is the hit ratio computed?"));
    }

    @Test
    void choiceOptionsAreInTheSameOrderEveryTimeButTheAnswerIsNotAlwaysFirst() throws IOException {
        Deck first = generate(PAGE);
        Deck second = generate(PAGE);
        List<Card> choices = first.cards().stream().filter(c -> c.kind() == CardKind.CHOICE).toList();

        assertThat(choices).hasSize(4);
        assertThat(second.cards().stream().filter(c -> c.kind() == CardKind.CHOICE).toList()).isEqualTo(choices);
        assertThat(choices).allSatisfy(c -> assertThat(c.choices()).hasSize(4).contains(c.back()).doesNotHaveDuplicates());
        assertThat(choices).anySatisfy(c -> assertThat(c.choices().get(0)).isNotEqualTo(c.back()));
    }

    private Deck generate(String page) throws IOException {
        Path file = dir.resolve("caching.md");
        Files.writeString(file, page);
        return GlossaryDecks.generate(List.of(file), null).deck();
    }

    private static Map<String, Card> byKindAndEntry(Deck deck) {
        return deck.cards().stream().filter(c -> c.kind() != CardKind.FAQ && c.kind() != CardKind.CLOZE)
                .collect(Collectors.toMap(c -> c.kind() + "/" + c.entry(), Function.identity()));
    }

    private static List<String> ids(Deck deck, CardKind kind) {
        return deck.cards().stream().filter(c -> c.kind() == kind).map(Card::id).toList();
    }

    private static Card card(Deck deck, CardKind kind, String entry) {
        return deck.cards().stream().filter(c -> c.kind() == kind && c.entry().equals(entry)).findFirst().orElseThrow();
    }
}
