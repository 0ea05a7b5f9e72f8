package dev.gloss.store;

import java.nio.file.Path;
import java.util.Map;

/** Where Gloss keeps its data: {@code $XDG_DATA_HOME/gloss}, else {@code ~/.local/share/gloss}. */
public final class DataDirectory {
    private DataDirectory() {
    }

    public static Path resolve(Map<String, String> env) {
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "gloss");
        }
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home, ".local", "share", "gloss");
    }
}
