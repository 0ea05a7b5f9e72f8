package dev.gloss.store;

import java.nio.file.Path;

/**
 * A media file (image, sound) an import brings: its final name in the collection's media folder and the
 * temporary copy it is moved from once the import has committed.
 */
public record MediaFile(String name, Path staged) {
}
