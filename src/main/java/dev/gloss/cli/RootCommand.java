package dev.gloss.cli;

import dev.gloss.tui.FullScreenUi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

@Command(name = "gloss",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
                "Terminal flashcards and quizzes with FSRS-6 scheduling.",
                "Without a command: today's decks (the full-screen home on a terminal)."},
        footerHeading = "%nEnvironment:%n",
        footer = {
                "  GLOSS_DB    collection file (default $XDG_DATA_HOME/gloss/gloss.db or ~/.local/share/gloss/gloss.db)",
                "  GLOSS_NOW   fix the clock to an ISO-8601 instant, e.g. 2026-01-05T10:00:00Z",
                "  TZ          time zone for study days; NO_COLOR turns colours off",
                "",
                "Exit codes: 0 success, 1 bad input or failed operation, 2 usage error."},
        subcommands = {
                StudyCommand.class,
                DecksCommand.class,
                CardsCommand.class,
                ImportCommand.class,
                GenerateCommand.class,
                ExportCommand.class,
                RevlogCommand.class,
                ConfigCommand.class,
                StatsCommand.class,
                OptimizeCommand.class,
                DoctorCommand.class,
        })
public final class RootCommand implements Callable<Integer> {
    private final AppContext context;

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "collection file (overrides GLOSS_DB)")
    void setDb(String path) {
        context.setDbOption(path);
    }

    public RootCommand(AppContext context) {
        this.context = context;
    }

    AppContext context() {
        return context;
    }

    @Option(names = "--plain", description = "print today's decks instead of opening the full-screen home")
    boolean plain;

    @Override
    public Integer call() {
        Io io = context.io();
        if (plain || !FullScreenUi.available(io.terminal(), io.env())) {
            return HomeSummary.print(context);
        }
        FullScreenUi.run(context.database(), context.clock(), context.zone(), io.env(), io.in(), io.out(), null);
        return 0;
    }
}
