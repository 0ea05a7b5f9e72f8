package dev.gloss.cli;

import dev.gloss.line.LineInput;
import dev.gloss.line.Lines;
import dev.gloss.line.PlainStudy;
import dev.gloss.store.SqliteStudyStore;
import dev.gloss.study.QuizMode;
import dev.gloss.study.QuizPlanner;
import dev.gloss.study.SessionOptions;
import dev.gloss.study.StudySession;
import dev.gloss.tui.FullScreenUi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

@Command(name = "study", mixinStandardHelpOptions = true,
        description = {"Today's session for a deck (with its sub-decks) or for every deck:",
                "learning cards that are due, then due reviews, then new cards up to the daily limit.",
                "Full screen on a terminal; the line mode with --plain or when input or output is not a terminal."})
final class StudyCommand implements Callable<Integer> {
    private final AppContext context;

    @Parameters(arity = "0..1", paramLabel = "DECK", description = "deck to study; every deck if omitted")
    String deck;

    @Option(names = "--plain", description = "line mode: one line per prompt (pipes, screen readers, scripts)")
    boolean plain;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "flip",
            description = "flip (reveal and rate yourself), type (type the answer), choice (pick among four), "
                    + "mixed (choice while new, typed while young, flip once mature); default: ${DEFAULT-VALUE}")
    String mode;

    @Option(names = "--new", paramLabel = "N", description = "at most N new cards this session (instead of the daily limit)")
    Integer newLimit;

    @Option(names = "--limit", paramLabel = "N", description = "end the session after N answers")
    Integer limit;

    @Spec
    CommandSpec spec;

    StudyCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (newLimit != null && newLimit < 0 || limit != null && limit < 1) {
            throw new ParameterException(spec.commandLine(), "--new must be 0 or more and --limit 1 or more");
        }
        QuizMode quizMode;
        try {
            quizMode = QuizMode.parse(mode);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--mode: " + e.getMessage());
        }
        SessionOptions options = new SessionOptions(deck, newLimit, limit, quizMode.id());
        Io io = context.io();
        if (!plain && FullScreenUi.available(io.terminal(), io.env())) {
            FullScreenUi.run(context.database(), context.clock(), context.zone(), io.env(), io.in(), io.out(), options);
            return 0;
        }
        StudySession session = StudySession.open(new SqliteStudyStore(context.database()), context.clock(),
                context.zone(), options);
        try (LineInput input = Lines.open(io.terminal(), io.in(), io.out())) {
            new PlainStudy(session, QuizPlanner.forSession(quizMode, session), input, io.out(), context.clock(),
                    context.zone(), System::nanoTime).run(deck == null ? "all decks" : deck.strip());
        }
        return 0;
    }
}
