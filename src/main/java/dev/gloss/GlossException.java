package dev.gloss;

/**
 * A failure the user can act on: bad input, a missing file, a locked database. The message is one
 * sentence naming the file, line or value at fault; the command line prints it and exits with 1.
 */
public class GlossException extends RuntimeException {
    public GlossException(String message) {
        super(message);
    }

    public GlossException(String message, Throwable cause) {
        super(message, cause);
    }
}
