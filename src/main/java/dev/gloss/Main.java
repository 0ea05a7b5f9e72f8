package dev.gloss;

import dev.gloss.cli.GlossCli;
import dev.gloss.cli.Io;

public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = GlossCli.run(args, Io.system());
        System.exit(code);
    }
}
