package dev.gloss.cli;

import dev.gloss.GlossException;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Runs one command line: parse, run, map failures to exit codes (1 bad input, 2 usage). */
public final class GlossCli {
    private GlossCli() {
    }

    public static int run(String[] args, Io io) {
        try (AppContext context = new AppContext(io)) {
            CommandLine cli = new CommandLine(new RootCommand(context), new ContextFactory(context));
            cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(io.out(), StandardCharsets.UTF_8), true));
            cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(io.err(), StandardCharsets.UTF_8), true));
            cli.setParameterExceptionHandler((e, arguments) -> {
                PrintWriter err = e.getCommandLine().getErr();
                err.println("gloss: " + e.getMessage());
                if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
                    err.println();
                }
                e.getCommandLine().usage(err);
                return CommandLine.ExitCode.USAGE;
            });
            cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                io.out().flush();
                if (e instanceof GlossException) {
                    io.err().println("gloss: " + e.getMessage());
                    return 1;
                }
                io.err().println("gloss: internal error: " + e);
                if (io.env().containsKey("GLOSS_DEBUG")) {
                    e.printStackTrace(io.err());
                }
                return 1;
            });
            int code = cli.execute(args);
            io.out().flush();
            return code;
        } catch (GlossException e) {
            io.out().flush();
            io.err().println("gloss: " + e.getMessage());
            return 1;
        }
    }
}
