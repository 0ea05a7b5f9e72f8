package dev.gloss.line;

import dev.gloss.deck.PlainText;
import dev.gloss.schedule.CardSchedule;
import dev.gloss.schedule.Rating;
import dev.gloss.study.Answer;
import dev.gloss.study.AnswerCheck;
import dev.gloss.study.Choices;
import dev.gloss.study.Counts;
import dev.gloss.study.DiffPart;
import dev.gloss.study.IntervalLabel;
import dev.gloss.study.Question;
import dev.gloss.study.QuizMode;
import dev.gloss.study.QuizPlanner;
import dev.gloss.study.Recall;
import dev.gloss.study.StudyCard;
import dev.gloss.study.StudySession;
import dev.gloss.study.Summary;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The study session as lines of text, for pipes, dumb terminals, screen readers and tests.
 * Flip: the front is printed; an empty line reveals the back; then 1 Again, 2 Hard, 3 Good, 4 Easy.
 * Type: the typed line is the answer; it is checked, and Enter accepts the proposed rating (a long
 * answer is compared by the person, with the key words they had listed, and rated by them).
 * Choice: the options are numbered; the number is the answer (right is Good, wrong is Again).
 * {@code u} undoes the last answer, {@code s} skips, {@code q} ends (at the type-mode answer prompt,
 * where any word is an answer, {@code :u}, {@code :s} and {@code :q}); end of input ends cleanly.
 */
public final class PlainStudy {
    private static final String RATE_HELP = "1 Again, 2 Hard, 3 Good, 4 Easy (u undo, s skip, q quit)";

    private final StudySession session;
    private final QuizPlanner planner;
    private final LineInput input;
    private final PrintStream out;
    private final Clock clock;
    private final ZoneId zone;
    private final LongSupplier nanoTime;
    private int shown;

    public PlainStudy(StudySession session, QuizPlanner planner, LineInput input, PrintStream out, Clock clock,
                      ZoneId zone, LongSupplier nanoTime) {
        this.session = session;
        this.planner = planner;
        this.input = input;
        this.out = out;
        this.clock = clock;
        this.zone = zone;
        this.nanoTime = nanoTime;
    }

    public PlainStudy(StudySession session, LineInput input, PrintStream out, Clock clock, ZoneId zone,
                      LongSupplier nanoTime) {
        this(session, QuizPlanner.forSession(QuizMode.FLIP, session), input, out, clock, zone, nanoTime);
    }

    /** Runs the session to its end and prints the summary. */
    public void run(String title) {
        Counts counts = session.counts();
        if (session.current().isEmpty()) {
            out.println("Nothing to study in " + safe(title) + " right now." + laterNote());
            out.flush();
            return;
        }
        out.printf("Studying %s: %d new · %d learning · %d review%n", safe(title), counts.newCards(),
                counts.learning(), counts.review());
        out.println(switch (planner.requested()) {
            case FLIP -> "Enter shows the answer; then " + RATE_HELP + ".";
            case TYPE -> "Type the answer (:u undo, :s skip, :q quit); Enter accepts the proposed rating.";
            case CHOICE -> "Type the number of your choice (u undo, s skip, q quit).";
            case MIXED -> "Choices for new cards, typed answers for young ones, flips for mature ones.";
        });
        while (session.current().isPresent()) {
            Question question = planner.question(session.current().get());
            long shownAt = nanoTime.getAsLong();
            printFront(question);
            Action done;
            if (question instanceof Question.Typed typed) {
                done = type(typed, shownAt);
            } else if (question instanceof Question.Choice choice) {
                done = choose(choice, shownAt);
            } else {
                done = flip((Question.Flip) question, shownAt);
            }
            if (done == Action.QUIT) {
                break;
            }
        }
        printSummary();
    }

    /** What ended a card's turn: an answer, or one of the commands. */
    private enum Action { ANSWERED, UNDO, SKIP, QUIT }

    private Action flip(Question.Flip question, long shownAt) {
        String line = read("> ");
        Rating direct = null;
        if (line == null) {
            return Action.QUIT;
        }
        Optional<Action> command = command(line);
        if (command.isPresent()) {
            return perform(command.get());
        }
        Optional<Rating> rating = rating(line);
        if (rating.isPresent()) {
            direct = rating.get();
        }
        printBack(question.card());
        printIntervals(null);
        if (direct != null) {
            answer(direct, shownAt, question.mode());
            return Action.ANSWERED;
        }
        return rateYourself(shownAt, question.mode());
    }

    private Action rateYourself(long shownAt, QuizMode mode) {
        while (true) {
            String line = read("rate> ");
            if (line == null) {
                return Action.QUIT;
            }
            Optional<Action> command = command(line);
            if (command.isPresent()) {
                return perform(command.get());
            }
            Optional<Rating> chosen = rating(line);
            if (chosen.isPresent()) {
                answer(chosen.get(), shownAt, mode);
                return Action.ANSWERED;
            }
            out.println("Type " + RATE_HELP + ".");
        }
    }

    private Action type(Question.Typed question, long shownAt) {
        String line = read("answer> ");
        if (line == null) {
            return Action.QUIT;
        }
        Optional<Action> command = typeModeCommand(line);
        if (command.isPresent()) {
            return perform(command.get());
        }
        if (!question.graded()) {
            printRecall(question.recall(line));
            printBack(question.card());
            printIntervals(null);
            return rateYourself(shownAt, question.mode());
        }
        AnswerCheck check = question.check(line);
        printCheck(check);
        printBack(question.card());
        Rating proposed = check.proposedRating();
        printIntervals(proposed);
        while (true) {
            String rate = read("rate [Enter: " + proposed.value() + " " + proposed.label() + "]> ");
            if (rate == null) {
                return Action.QUIT;
            }
            command = command(rate);
            if (command.isPresent()) {
                return perform(command.get());
            }
            Optional<Rating> chosen = rate.isBlank() ? Optional.of(proposed) : rating(rate);
            if (chosen.isPresent()) {
                answer(chosen.get(), shownAt, question.mode());
                return Action.ANSWERED;
            }
            out.println("Press Enter to accept " + proposed.label() + ", or type " + RATE_HELP + ".");
        }
    }

    private Action choose(Question.Choice question, long shownAt) {
        Choices choices = question.choices();
        while (true) {
            String line = read("choice> ");
            if (line == null) {
                return Action.QUIT;
            }
            Optional<Action> command = command(line);
            if (command.isPresent()) {
                return perform(command.get());
            }
            int picked = number(line);
            if (picked >= 1 && picked <= choices.options().size()) {
                boolean right = choices.isCorrect(picked - 1);
                Answer a = answer(right ? Rating.GOOD : Rating.AGAIN, shownAt, question.mode());
                String next = IntervalLabel.between(a.reviewedAt(), a.after().due());
                if (right) {
                    out.println("✓ Right. Good, again in " + next + ".");
                } else {
                    out.println("✗ Wrong (Again, in " + next + "). The answer is " + (choices.correct() + 1) + ") "
                            + safe(choices.answer()));
                }
                return Action.ANSWERED;
            }
            out.println("Type the number of your choice (1-" + choices.options().size() + "), or u, s, q.");
        }
    }

    private Answer answer(Rating rating, long shownAt, QuizMode mode) {
        return session.answer(rating, Duration.ofNanos(nanoTime.getAsLong() - shownAt), mode);
    }

    private Action perform(Action command) {
        switch (command) {
            case UNDO -> undo();
            case SKIP -> session.skip();
            default -> {
            }
        }
        return command;
    }

    private void printFront(Question question) {
        StudyCard card = question.card();
        Counts c = session.counts();
        shown++;
        out.println();
        String mode = planner.requested() == QuizMode.FLIP ? "" : " · " + question.mode().id();
        out.printf("[%d] %s · %s · %s%s   (left: %d new · %d learning · %d review)%n", shown, safe(card.deck()),
                card.kind().jsonName(), card.schedule().state().label().toLowerCase(Locale.ROOT), mode, c.newCards(),
                c.learning(), c.review());
        if (!question.fallback().isEmpty()) {
            out.println("(" + question.fallback() + ")");
        }
        out.println("Q: " + safe(card.front()));
        if (question instanceof Question.Choice choice) {
            List<String> options = choice.choices().options();
            for (int i = 0; i < options.size(); i++) {
                out.println("  " + (i + 1) + ") " + safe(options.get(i)));
            }
        }
    }

    private void printBack(StudyCard card) {
        out.println("A: " + safe(card.back()));
    }

    private void printIntervals(Rating proposed) {
        Instant now = clock.instant();
        Map<Rating, CardSchedule> preview = session.preview();
        StringBuilder labels = new StringBuilder();
        for (Rating r : Rating.values()) {
            labels.append(labels.length() == 0 ? "" : " · ").append(r == proposed ? "*" : "").append(r.value())
                    .append(' ').append(r.label()).append(' ').append(IntervalLabel.between(now, preview.get(r).due()));
        }
        out.println(labels);
    }

    private void printCheck(AnswerCheck check) {
        String diff = plainDiff(check.diff());
        out.println(switch (check.verdict()) {
            case RIGHT -> check.diff().stream().allMatch(p -> p.kind() == DiffPart.Kind.SAME) ? "✓ Right."
                    : "✓ Right: " + diff;
            case CLOSE -> "≈ Close: " + diff;
            case WRONG -> check.typed().isEmpty() ? "✗ No answer." : "✗ Not quite: " + diff;
        });
    }

    private void printRecall(Recall recall) {
        if (recall.keyWords() == 0) {
            out.println("Compare with the answer and rate yourself.");
        } else {
            out.println("Key words you had: " + recall.found().size() + " of " + recall.keyWords()
                    + (recall.found().isEmpty() ? "" : " (" + safe(String.join(", ", recall.found())) + ")")
                    + ". Compare and rate yourself.");
        }
    }

    /** A diff in wdiff's notation: [-typed but not expected-] {+expected but not typed+}. */
    static String plainDiff(List<DiffPart> diff) {
        StringBuilder sb = new StringBuilder();
        for (DiffPart p : diff) {
            String text = safe(p.text());
            switch (p.kind()) {
                case SAME -> sb.append(text);
                case EXTRA -> sb.append("[-").append(text).append("-]");
                case MISSING -> sb.append("{+").append(text).append("+}");
            }
        }
        return sb.toString();
    }

    /** u, s, q (also spelt out, or with a leading colon) as commands. */
    private static Optional<Action> command(String line) {
        String s = line.trim().toLowerCase(Locale.ROOT);
        return typeModeCommand(s.startsWith(":") ? s : ":" + s);
    }

    /** At the type-mode answer prompt any word is an answer, so commands need their colon. */
    private static Optional<Action> typeModeCommand(String line) {
        return switch (line.trim().toLowerCase(Locale.ROOT)) {
            case ":q", ":quit", ":exit" -> Optional.of(Action.QUIT);
            case ":u", ":undo" -> Optional.of(Action.UNDO);
            case ":s", ":skip" -> Optional.of(Action.SKIP);
            default -> Optional.empty();
        };
    }

    private static Optional<Rating> rating(String line) {
        int n = number(line);
        return n >= 1 && n <= 4 ? Optional.of(Rating.of(n)) : Optional.empty();
    }

    private static int number(String line) {
        String s = line.trim();
        return s.length() == 1 && s.charAt(0) >= '0' && s.charAt(0) <= '9' ? s.charAt(0) - '0' : -1;
    }

    private String read(String prompt) {
        out.flush();
        return input.readLine(prompt);
    }

    private void undo() {
        Optional<StudyCard> restored = session.undo();
        if (restored.isEmpty()) {
            out.println("Nothing to undo.");
        } else {
            StudyCard c = restored.get();
            out.println("Undone: the last answer to \"" + abbreviate(safe(c.front()), 60) + "\" is taken back.");
            shown--;
        }
    }

    private void printSummary() {
        Summary s = session.summary();
        out.println();
        if (s.answered() == 0) {
            out.println("Session over: no cards answered." + laterNote());
        } else {
            out.printf(Locale.ROOT, "Session over: %d card%s, %.0f%% correct, %s, %d new. Due tomorrow: %d.%s%n",
                    s.answered(), s.answered() == 1 ? "" : "s", s.accuracy() * 100, formatTime(s.time()),
                    s.newLearned(), s.dueTomorrow(), laterNote());
        }
        out.flush();
    }

    private String laterNote() {
        return session.nextLearningDue()
                .map(due -> " Next learning card due at "
                        + DateTimeFormatter.ofPattern("HH:mm").format(due.atZone(zone)) + ".")
                .orElse("");
    }

    private static String formatTime(Duration d) {
        long s = d.getSeconds();
        return s < 60 ? s + "s" : (s / 60) + "m " + (s % 60) + "s";
    }

    private static String safe(String text) {
        return PlainText.safe(text);
    }

    private static String abbreviate(String s, int max) {
        String one = s.replace('\n', ' ');
        if (one.codePointCount(0, one.length()) <= max) {
            return one;
        }
        return one.substring(0, one.offsetByCodePoints(0, max - 1)) + "…";
    }
}
