package dev.gloss.line;

import dev.gloss.deck.PlainText;
import dev.gloss.schedule.CardSchedule;
import dev.gloss.schedule.Rating;
import dev.gloss.study.Counts;
import dev.gloss.study.IntervalLabel;
import dev.gloss.study.StudyCard;
import dev.gloss.study.StudySession;
import dev.gloss.study.Summary;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The study session as lines of text, for pipes, dumb terminals, screen readers and tests.
 * The front is printed; an empty line reveals the back; then 1 Again, 2 Hard, 3 Good, 4 Easy.
 * {@code u} undoes the last answer, {@code s} skips, {@code q} ends; end of input ends cleanly.
 */
public final class PlainStudy {
    private static final String RATE_HELP = "1 Again, 2 Hard, 3 Good, 4 Easy (u undo, s skip, q quit)";

    private final StudySession session;
    private final LineInput input;
    private final PrintStream out;
    private final Clock clock;
    private final ZoneId zone;
    private final LongSupplier nanoTime;
    private int shown;

    public PlainStudy(StudySession session, LineInput input, PrintStream out, Clock clock, ZoneId zone,
                      LongSupplier nanoTime) {
        this.session = session;
        this.input = input;
        this.out = out;
        this.clock = clock;
        this.zone = zone;
        this.nanoTime = nanoTime;
    }

    /** Runs the session to its end and prints the summary. */
    public void run(String title) {
        Counts counts = session.counts();
        Optional<StudyCard> first = session.current();
        if (first.isEmpty()) {
            out.println("Nothing to study in " + title + " right now." + laterNote());
            out.flush();
            return;
        }
        out.printf("Studying %s: %d new · %d learning · %d review%n", title, counts.newCards(), counts.learning(),
                counts.review());
        out.println("Enter shows the answer; then " + RATE_HELP + ".");
        loop:
        while (session.current().isPresent()) {
            StudyCard card = session.current().get();
            long shownAt = nanoTime.getAsLong();
            printFront(card);
            Action front = readFront();
            switch (front.kind()) {
                case QUIT -> {
                    break loop;
                }
                case UNDO -> {
                    undo();
                    continue;
                }
                case SKIP -> {
                    session.skip();
                    continue;
                }
                case RATE, REVEAL -> {
                    // fall through to the answer
                }
            }
            printBack(card);
            Action rate = front.kind() == ActionKind.RATE ? front : readRating();
            switch (rate.kind()) {
                case QUIT -> {
                    break loop;
                }
                case UNDO -> undo();
                case SKIP -> session.skip();
                case RATE -> {
                    Duration taken = Duration.ofNanos(nanoTime.getAsLong() - shownAt);
                    session.answer(rate.rating(), taken);
                }
                case REVEAL -> throw new IllegalStateException("reveal is not an answer");
            }
        }
        printSummary();
    }

    private void printFront(StudyCard card) {
        Counts c = session.counts();
        shown++;
        out.println();
        out.printf("[%d] %s · %s · %s   (left: %d new · %d learning · %d review)%n", shown, safe(card.deck()),
                card.kind().jsonName(), card.schedule().state().label().toLowerCase(Locale.ROOT), c.newCards(),
                c.learning(), c.review());
        out.println("Q: " + safe(card.front()));
    }

    private void printBack(StudyCard card) {
        out.println("A: " + safe(card.back()));
        Instant now = clock.instant();
        Map<Rating, CardSchedule> preview = session.preview();
        StringBuilder labels = new StringBuilder();
        for (Rating r : Rating.values()) {
            labels.append(labels.length() == 0 ? "" : " · ").append(r.value()).append(' ').append(r.label()).append(' ')
                    .append(IntervalLabel.between(now, preview.get(r).due()));
        }
        out.println(labels);
    }

    private Action readFront() {
        String line = read("> ");
        if (line == null) {
            return Action.of(ActionKind.QUIT);
        }
        Action a = parse(line);
        return a == null ? Action.of(ActionKind.REVEAL) : a;
    }

    private Action readRating() {
        while (true) {
            String line = read("rate> ");
            if (line == null) {
                return Action.of(ActionKind.QUIT);
            }
            Action a = parse(line);
            if (a != null) {
                return a;
            }
            out.println("Type " + RATE_HELP + ".");
        }
    }

    /** The action a line asks for, or null when it is none (empty or other text). */
    private static Action parse(String line) {
        String s = line.trim().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "1", "2", "3", "4" -> new Action(ActionKind.RATE, Rating.of(Integer.parseInt(s)));
            case "q", "quit", "exit" -> Action.of(ActionKind.QUIT);
            case "u", "undo" -> Action.of(ActionKind.UNDO);
            case "s", "skip" -> Action.of(ActionKind.SKIP);
            default -> null;
        };
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

    private enum ActionKind { REVEAL, RATE, UNDO, SKIP, QUIT }

    private record Action(ActionKind kind, Rating rating) {
        static Action of(ActionKind kind) {
            return new Action(kind, null);
        }
    }
}
