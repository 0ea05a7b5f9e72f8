package dev.gloss.glossary;

import dev.gloss.deck.Entry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DistractorsTest {
    private static Entry entry(String term, String definition, String... aliases) {
        return new Entry(term, List.of(aliases), definition, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    @Test
    void theMostSimilarDefinitionsComeFirst() {
        List<Entry> entries = List.of(
                entry("Stack", "A collection where items are added and removed at the top, last in first out."),
                entry("Queue", "A collection where items are added at the back and removed at the front, first in first out."),
                entry("Deque", "A collection where items are added and removed at both the front and the back."),
                entry("Photosynthesis", "The process by which plants turn sunlight, water and carbon dioxide into sugar."),
                entry("Mitochondrion", "The organelle that produces most of a cell's chemical energy."),
                entry("Priority Queue", "A collection where items are removed in order of priority rather than arrival."));

        int[][] chosen = Distractors.choose(entries, 3);

        assertThat(names(entries, chosen[0])).containsExactlyInAnyOrder("Queue", "Deque", "Priority Queue");
        assertThat(names(entries, chosen[3])).hasSize(3).doesNotContain("Photosynthesis");
        assertThat(names(entries, chosen[3]).get(0)).isEqualTo("Mitochondrion");
    }

    @Test
    void neverOffersAnAliasOfTheAnswerOrAnEntryThatAliasesIt() {
        List<Entry> entries = List.of(
                entry("Branch", "A movable name that points at a commit.", "ref"),
                entry("Ref", "A name that points at a commit, such as a branch or a tag."),
                entry("Tag", "A fixed name that points at a commit and never moves."),
                entry("HEAD", "The name that points at the commit you have checked out.", "Branch"),
                entry("Commit", "A snapshot of the tracked files with a pointer to its parents."),
                entry("Remote", "Another copy of the repository that you fetch from and push to."));

        int[][] chosen = Distractors.choose(entries, 3);

        assertThat(names(entries, chosen[0])).hasSize(3).doesNotContain("Ref", "HEAD", "Branch");
        assertThat(names(entries, chosen[3])).doesNotContain("Branch");
    }

    @Test
    void fillsUpWithOtherEntriesWhenTooFewDefinitionsShareWords() {
        List<Entry> entries = List.of(entry("Alpha", "Xylophone quartz."), entry("Beta", "Zebra umbrella."),
                entry("Gamma", "Violin marble."), entry("Delta", "Kettle lantern."));

        int[][] chosen = Distractors.choose(entries, 3);

        for (int i = 0; i < entries.size(); i++) {
            assertThat(chosen[i]).hasSize(3).doesNotContain(i);
        }
    }

    @Test
    void tokensDropStopWordsAndFoldPlurals() {
        assertThat(Distractors.tokens("The models are trained on datasets of images"))
                .containsExactly("model", "trained", "dataset", "image");
    }

    private static List<String> names(List<Entry> entries, int[] indexes) {
        List<String> out = new ArrayList<>();
        for (int i : indexes) {
            out.add(entries.get(i).term());
        }
        return out;
    }
}
