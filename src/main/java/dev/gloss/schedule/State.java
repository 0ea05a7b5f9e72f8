package dev.gloss.schedule;

/** Where a card is in its life; codes as in FSRS and Anki review logs (0 New .. 3 Relearning). */
public enum State {
    NEW(0), LEARNING(1), REVIEW(2), RELEARNING(3);

    private final int code;

    State(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static State of(int code) {
        if (code < 0 || code > 3) {
            throw new IllegalArgumentException("card state must be 0..3, got " + code);
        }
        return values()[code];
    }

    public String label() {
        return switch (this) {
            case NEW -> "New";
            case LEARNING -> "Learning";
            case REVIEW -> "Review";
            case RELEARNING -> "Relearning";
        };
    }
}
