package dev.gloss.exchange;

import dev.gloss.GlossException;
import dev.gloss.store.MediaFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;

/**
 * The collection's media folder ({@code <data dir>/media}): where images and sounds of imported cards live.
 * A file whose name is taken by different content gets the first 8 hex digits of its SHA-1 added to its name,
 * so re-importing the same package finds the same names.
 */
public final class MediaFolder {
    private MediaFolder() {
    }

    /** The media folder next to the collection file. */
    public static Path of(Path collection) {
        Path parent = collection.toAbsolutePath().getParent();
        return (parent == null ? Path.of(".") : parent).resolve("media");
    }

    /** True for a plain file name: no folders, no {@code ..}, no control characters. */
    static boolean isSafeName(String name) {
        return !name.isBlank() && !name.equals(".") && !name.equals("..") && name.indexOf('/') < 0
                && name.indexOf('\\') < 0 && name.chars().noneMatch(ch -> ch < 0x20 || ch == 0x7F)
                && !(name.length() > 1 && name.charAt(1) == ':');
    }

    static String normalize(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC);
    }

    /** The name a staged file will have in the folder: its own, unless different content already has it. */
    static String nameFor(Path folder, String name, Path staged) {
        Path existing = folder.resolve(name);
        if (!Files.exists(existing) || sameContent(existing, staged)) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String stem = dot <= 0 ? name : name.substring(0, dot);
        String ext = dot <= 0 ? "" : name.substring(dot);
        return stem + "-" + sha1(staged).substring(0, 8) + ext;
    }

    /** Moves staged files into the folder (after the import committed); files already there are kept. */
    public static void install(List<MediaFile> files, Path folder) {
        if (files.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(folder);
            for (MediaFile f : files) {
                Path target = folder.resolve(f.name());
                if (Files.exists(target)) {
                    continue;
                }
                Files.move(f.staged(), target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new GlossException("the cards were imported, but media files could not be put in " + folder
                    + " (" + e.getMessage() + ")");
        }
    }

    private static boolean sameContent(Path a, Path b) {
        try {
            return Files.size(a) == Files.size(b) && Files.mismatch(a, b) < 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static String sha1(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-1"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new GlossException("cannot read the unpacked media file " + file + " (" + e.getMessage() + ")");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
    }
}
