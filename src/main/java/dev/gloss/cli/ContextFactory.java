package dev.gloss.cli;

import picocli.CommandLine;

/** Lets picocli build commands that need the application context. */
final class ContextFactory implements CommandLine.IFactory {
    private final AppContext context;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    ContextFactory(AppContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            return type.getDeclaredConstructor(AppContext.class).newInstance(context);
        } catch (NoSuchMethodException e) {
            return fallback.create(type);
        }
    }
}
