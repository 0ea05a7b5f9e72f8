package dev.gloss.cli;

import dev.gloss.GlossException;
import dev.gloss.store.ConfigStore;
import dev.gloss.store.DeckStore;
import dev.gloss.study.Setting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "config", mixinStandardHelpOptions = true,
        description = {"Scheduling options. Without a subcommand: list them.",
                "Keys: desired-retention, learning-steps, relearning-steps, new-per-day, maximum-interval, fuzz,",
                "day-start-hour, parameters."},
        subcommands = {ConfigCommand.List.class, ConfigCommand.Get.class, ConfigCommand.Set.class,
                ConfigCommand.Unset.class})
final class ConfigCommand implements Callable<Integer> {
    private final AppContext context;

    @Option(names = "--deck", paramLabel = "NAME", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "options for one deck and its sub-decks (default: global)")
    String deck;

    ConfigCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return list();
    }

    int list() {
        ConfigStore config = new ConfigStore(context.databaseWithoutBundled());
        String scope = scope();
        Map<Setting, String> stored = config.stored(scope);
        PrintStream out = context.io().out();
        for (Map.Entry<Setting, String> e : config.effective(scope).entrySet()) {
            String origin = stored.containsKey(e.getKey()) ? "" : "  (default)";
            out.printf("%-18s %s%s%n", e.getKey().key(), e.getValue(), origin);
        }
        return 0;
    }

    /** "" for global, else the deck's name as stored; an unknown deck is an error. */
    String scope() {
        if (deck == null || deck.isBlank()) {
            return "";
        }
        return new DeckStore(context.databaseWithoutBundled()).find(deck)
                .orElseThrow(() -> new GlossException("no deck named '" + deck.strip() + "'")).name();
    }

    static Setting setting(String key) {
        try {
            return Setting.byKey(key);
        } catch (IllegalArgumentException e) {
            throw new GlossException(e.getMessage());
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every option with its value.")
    static final class List implements Callable<Integer> {
        @ParentCommand
        ConfigCommand parent;

        @Override
        public Integer call() {
            return parent.list();
        }
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "One option's value.")
    static final class Get implements Callable<Integer> {
        @ParentCommand
        ConfigCommand parent;

        @Parameters(paramLabel = "KEY")
        String key;

        @Override
        public Integer call() {
            Setting s = setting(key);
            ConfigStore config = new ConfigStore(parent.context.databaseWithoutBundled());
            parent.context.io().out().println(config.effective(parent.scope()).get(s));
            return 0;
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Change an option; invalid values are refused.")
    static final class Set implements Callable<Integer> {
        @ParentCommand
        ConfigCommand parent;

        @Parameters(index = "0", paramLabel = "KEY")
        String key;

        @Parameters(index = "1", paramLabel = "VALUE")
        String value;

        @Override
        public Integer call() {
            Setting s = setting(key);
            ConfigStore config = new ConfigStore(parent.context.databaseWithoutBundled());
            String scope = parent.scope();
            String stored;
            try {
                stored = config.set(scope, s, value);
            } catch (IllegalArgumentException e) {
                throw new GlossException(s.key() + ": " + e.getMessage());
            }
            parent.context.io().out().println(s.key() + " = " + stored + (scope.isEmpty() ? "" : "  (deck " + scope + ")"));
            return 0;
        }
    }

    @Command(name = "unset", mixinStandardHelpOptions = true,
            description = "Back to the default (for a deck: back to the global value).")
    static final class Unset implements Callable<Integer> {
        @ParentCommand
        ConfigCommand parent;

        @Parameters(paramLabel = "KEY")
        String key;

        @Override
        public Integer call() {
            Setting s = setting(key);
            ConfigStore config = new ConfigStore(parent.context.databaseWithoutBundled());
            String scope = parent.scope();
            config.unset(scope, s);
            parent.context.io().out().println(s.key() + " = " + config.effective(scope).get(s)
                    + (scope.isEmpty() ? "  (default)" : "  (from the global setting)"));
            return 0;
        }
    }
}
