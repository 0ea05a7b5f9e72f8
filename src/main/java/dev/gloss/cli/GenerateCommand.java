package dev.gloss.cli;

import dev.gloss.exchange.DeckJson;
import dev.gloss.exchange.ExportFile;
import dev.gloss.glossary.GenerationResult;
import dev.gloss.glossary.GlossaryDecks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Make a deck from glossary pages: plain-text dumps of web pages, Markdown or HTML (files or folders).",
                "Writes the deck JSON to stdout (or -o FILE) and a one-line summary to stderr."})
final class GenerateCommand implements Callable<Integer> {
    private final AppContext context;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "glossary pages or folders (read recursively)")
    List<Path> paths;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the deck here instead of stdout")
    Path output;

    @Option(names = "--name", paramLabel = "NAME", description = "deck name (default: the glossary's title)")
    String name;

    GenerateCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        GenerationResult result = GlossaryDecks.generate(paths, name);
        Io io = context.io();
        for (String warning : result.warnings()) {
            io.err().println("gloss: warning: " + warning);
        }
        String json = DeckJson.toJson(result.deck());
        if (output == null) {
            io.out().print(json);
            io.out().flush();
        } else {
            ExportFile.write(output, w -> w.write(json));
        }
        io.err().println(result.deck().name() + ": " + result.summary());
        return 0;
    }
}
