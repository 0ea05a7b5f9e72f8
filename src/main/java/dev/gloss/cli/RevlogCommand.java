package dev.gloss.cli;

import dev.gloss.exchange.ExportFile;
import dev.gloss.exchange.RevlogCsvWriter;
import dev.gloss.store.DeckStore;
import dev.gloss.store.ExportStore;
import dev.gloss.study.DeckRef;
import dev.gloss.study.DeckSelection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "revlog", mixinStandardHelpOptions = true,
        description = "The review log: every answer given, as FSRS tools read it.",
        subcommands = {RevlogCommand.Export.class})
final class RevlogCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Write the review log as CSV in the FSRS convention: card_id, review_time (epoch ms),"
                    + " review_rating (1-4), review_state (before the answer, 0 new .. 3 relearning),"
                    + " review_duration (ms). The FSRS optimizer and benchmark read it; `gloss import` reads it back.",
                    "card_id is a stable number per card (the same in every collection the card is imported into)."})
    static final class Export implements Callable<Integer> {
        private final AppContext context;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE (default: standard"
                + " output)")
        Path output;

        @Option(names = "--deck", paramLabel = "NAME", description = "only this deck and its sub-decks")
        String deck;

        Export(AppContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            ExportStore store = new ExportStore(context.database());
            List<DeckRef> decks = deck == null ? null
                    : DeckSelection.resolve(new DeckStore(context.database()).refs(), deck);
            int[] count = {0};
            ExportFile.Content content = w -> {
                RevlogCsvWriter writer = new RevlogCsvWriter(w);
                count[0] = store.reviews(decks, writer::write);
            };
            if (output == null) {
                ExportFile.write(context.io().out(), content);
            } else {
                ExportFile.write(output, content);
                context.io().err().println("exported " + count[0] + " reviews to " + output);
            }
            return 0;
        }
    }
}
