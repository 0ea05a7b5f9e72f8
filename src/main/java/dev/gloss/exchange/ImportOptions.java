package dev.gloss.exchange;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;

/**
 * How to read the files of one import.
 *
 * @param deck             {@code --deck}: put every card in this deck, or null
 * @param header           {@code --header}/{@code --no-header} for CSV, or null to detect
 * @param mediaDir         the collection's media folder (read only while reading: for name clashes)
 * @param stagingDir       where unpacked files wait until the import commits
 * @param maxUnpackedBytes the most a package may unpack to
 * @param zone             the user's time zone (Anki due days are dates in it)
 */
public record ImportOptions(String deck, Boolean header, Path mediaDir, Path stagingDir, long maxUnpackedBytes,
                            Instant now, ZoneId zone, Progress progress) {
    public ImportOptions {
        if (progress == null) {
            progress = Progress.NONE;
        }
        if (maxUnpackedBytes <= 0) {
            maxUnpackedBytes = UnpackBudget.DEFAULT_LIMIT;
        }
    }
}
