package dev.gloss.tui;

import dev.gloss.schedule.Rating;
import dev.gloss.study.AnswerCheck;
import dev.gloss.study.Choices;
import dev.gloss.study.Recall;

import java.util.Map;

/** Where the current card is in its turn on the study page. */
sealed interface StudyPhase
        permits StudyPhase.Asking, StudyPhase.Revealed, StudyPhase.Checked, StudyPhase.Recalled, StudyPhase.Missed,
        StudyPhase.Editing {

    /** The prompt is shown (with the options, or the answer field). */
    record Asking() implements StudyPhase {
    }

    /** Flip: the answer is shown; a rating is wanted. */
    record Revealed(Map<Rating, String> intervals) implements StudyPhase {
    }

    /** Type: a short answer was checked; Enter accepts the proposed rating. */
    record Checked(AnswerCheck check, Map<Rating, String> intervals) implements StudyPhase {
    }

    /** Type: a long answer was recalled; the person rates it. */
    record Recalled(Recall recall, String typed, Map<Rating, String> intervals) implements StudyPhase {
    }

    /** Choice: a wrong option was picked; the answer (Again) is already committed. */
    record Missed(Choices choices, int picked) implements StudyPhase {
    }

    /** The card's text is being edited; {@code before} is the phase to return to. */
    record Editing(TextField front, TextField back, boolean onBack, StudyPhase before) implements StudyPhase {
        Editing switched() {
            return new Editing(front, back, !onBack, before);
        }
    }
}
