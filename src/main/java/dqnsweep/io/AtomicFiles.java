package dqnsweep.io;

import dqnsweep.BadInputException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.io.FileUtils;

/**
 * Writes files so that a reader (or a resumed sweep) sees either the old file or the complete
 * new one, never a torn one: write a temporary file in the same folder, force it to disk, then
 * rename it over the target.
 */
public final class AtomicFiles {

    /** Produces a file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path temporary) throws IOException;
    }

    /** Produces text. */
    @FunctionalInterface
    public interface Text {
        void writeTo(Writer writer) throws IOException;
    }

    /** rw-r--r--: results are for reading by anyone, as an ordinary file would be. */
    private static final FileAttribute<?> READABLE =
            PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-r--r--"));

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} atomically. A failure names the file and keeps the system's reason: a
     * bare "No space left on device" from a stream does not say where.
     */
    public static void write(Path target, Content content) throws IOException {
        try {
            writeAtomically(target, content);
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": " + (e instanceof FileSystemException fs
                    && fs.getReason() != null ? fs.getReason() : e.getMessage()), e);
        }
    }

    private static void writeAtomically(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp", READABLE);
        try {
            content.writeTo(temporary);
            try (var channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    public static void writeText(Path target, Text text) throws IOException {
        write(target, temporary -> {
            try (Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temporary),
                    StandardCharsets.UTF_8))) {
                text.writeTo(writer);
            }
        });
    }

    public static void writeString(Path target, String content) throws IOException {
        writeText(target, writer -> writer.write(content));
    }

    /** Deletes the temporary files an interrupted {@link #write} can leave in {@code folder}. */
    public static void deleteLeftovers(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") && name.endsWith(".tmp")) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** Deletes everything inside {@code folder}, keeping the folder itself. */
    public static void deleteContents(Path folder) throws IOException {
        FileUtils.cleanDirectory(folder.toFile());
    }

    /** Deletes {@code folder} and everything inside it. */
    public static void deleteTree(Path folder) throws IOException {
        FileUtils.deleteDirectory(folder.toFile());
    }

    /** Creates {@code folder} (and parents) or explains why it cannot be written to. */
    public static Path requireWritableFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException | SecurityException e) {
            throw new BadInputException("cannot create output folder " + folder + ": " + reason(e));
        }
        if (!Files.isDirectory(folder) || !Files.isWritable(folder)) {
            throw new BadInputException("output folder " + folder + " is not a writable folder");
        }
        return folder;
    }

    /**
     * Why {@code folder} could not serve as an output folder, if it could not: checked by creating
     * it (and a file in it), then removing whatever the check created, so {@code plan} finds an
     * impossible {@code out:} such as {@code /proc/x} without leaving anything behind.
     */
    public static Optional<String> folderProblem(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        List<Path> created = new ArrayList<>();
        for (Path missing = absolute; missing != null && !Files.exists(missing); missing = missing.getParent()) {
            created.add(missing);
        }
        try {
            Files.createDirectories(absolute);
            Files.delete(Files.createTempFile(absolute, ".probe", ".tmp"));
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.of("cannot create or write output folder " + folder + ": " + reason(e));
        } finally {
            for (Path path : created) {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // It stays, empty: harmless.
                }
            }
        }
    }

    private static String reason(Exception e) {
        return e instanceof FileAlreadyExistsException ? "a file with that name exists"
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }
}
