package dqnsweep.reference;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * References kept in a folder, one small CSV per key, computed on the first request. A reference
 * takes seconds to compute and never changes, so every later run reads it instead.
 *
 * <p>Files are written to a temporary file in the same folder and renamed into place, so a reader
 * sees no file or a whole one. Filling is serialised per key by a {@code <name>.lock} file that
 * stays in the folder (deleting it would let a third process lock a new file while the second
 * still holds the old one): the first process computes, the others wait and then read its file.
 * File locks belong to the whole JVM, and a second lock on the same file from the same JVM fails
 * instead of waiting, so threads of one JVM first queue on an in-memory monitor per lock file.
 * A file that does not parse as a complete reference for its key (truncated, edited, from a
 * crash) is recomputed and replaced.
 */
public final class ReferenceCache {

    /** One monitor per lock file (real path) for the threads of this JVM. */
    private static final ConcurrentHashMap<Path, Object> MONITORS = new ConcurrentHashMap<>();

    private final Path folder;
    private final ReferenceSource source;

    public ReferenceCache(Path folder, ReferenceSource source) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.source = Objects.requireNonNull(source, "source");
    }

    /** A cache of {@link PendulumOptimum#standard()}'s references. */
    public static ReferenceCache standard(Path folder) {
        return new ReferenceCache(folder, PendulumOptimum.standard());
    }

    /**
     * The reference for {@code key}: read from its file, or computed and written when the file is
     * missing or broken. Empty, without touching the folder, when the source does not cover the
     * key's environment.
     */
    public Optional<Reference> get(ReferenceKey key) throws IOException {
        if (!source.covers(key.env())) {
            return Optional.empty();
        }
        Optional<Reference> cached = read(key);
        if (cached.isPresent()) {
            return cached;
        }
        Files.createDirectories(folder);
        Path lockFile = folder.toRealPath().resolve(name(key) + ".lock");
        synchronized (MONITORS.computeIfAbsent(lockFile, path -> new Object())) {
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                channel.lock(); // released when the channel closes
                return fill(key);
            }
        }
    }

    /** The file that holds (or will hold) the reference of {@code key}. */
    public Path file(ReferenceKey key) {
        return folder.resolve(name(key) + ".csv");
    }

    /** Under the lock: another process may have written the file while this one waited. */
    private Optional<Reference> fill(ReferenceKey key) throws IOException {
        Optional<Reference> cached = read(key);
        if (cached.isPresent()) {
            return cached;
        }
        Optional<Reference> computed = source.compute(key);
        if (computed.isPresent()) {
            if (!computed.get().key().equals(key)) {
                throw new IllegalStateException("source computed " + computed.get().key() + " for " + key);
            }
            write(file(key), ReferenceCsv.format(computed.get()));
        }
        return computed;
    }

    private Optional<Reference> read(ReferenceKey key) throws IOException {
        String text;
        try {
            text = Files.readString(file(key), StandardCharsets.UTF_8);
        } catch (NoSuchFileException | CharacterCodingException e) {
            return Optional.empty();
        }
        return ReferenceCsv.parse(key, text);
    }

    private String name(ReferenceKey key) {
        return key.fileStem() + "_" + source.version(key) + "_" + ReferenceCsv.FORMAT;
    }

    private static void write(Path target, String content) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
