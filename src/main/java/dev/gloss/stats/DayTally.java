package dev.gloss.stats;

/** Everything statistics need about the answers of one study day; filled while reading the review groups. */
final class DayTally {
    static final int HOURS = 24;

    int learn;
    int review;
    int relearn;
    int again;
    int newCards;
    long timeMs;
    int youngPassed;
    int youngFailed;
    int maturePassed;
    int matureFailed;
    final int[] reviewsByHour = new int[HOURS];
    final int[] againByHour = new int[HOURS];

    void add(ReviewGroup g, int localHour) {
        int n = g.reviews();
        switch (g.kind()) {
            case LEARN -> learn += n;
            case REVIEW -> {
                review += n;
                maturePassed += g.mature() - g.matureAgain();
                matureFailed += g.matureAgain();
                youngPassed += n - g.mature() - (g.again() - g.matureAgain());
                youngFailed += g.again() - g.matureAgain();
            }
            case RELEARN -> relearn += n;
        }
        if (g.stateBefore() == 0) {
            newCards += n;
        }
        timeMs += g.durationMs();
        again += g.again();
        reviewsByHour[localHour] += n;
        againByHour[localHour] += g.again();
    }

    int reviews() {
        return learn + review + relearn;
    }
}
