package dqnsweep.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed write says which file and why: a bare "No space left on device" from a stream does not. */
class AtomicFilesTest {

    @Test
    void aFailedWriteNamesTheFileAndKeepsTheCause(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("summary.csv");
        Files.writeString(target, "old");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, temporary -> {
            Files.writeString(temporary, "half");
            throw new IOException("No space left on device");
        }));
        assertEquals("cannot write " + target + ": No space left on device", e.getMessage());
        assertEquals("old", Files.readString(target), "the old file stays whole");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList(), "no temporary file is left");
        }
    }

    @Test
    void aFolderThatCannotBeCreatedIsNamed(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("plain"), "");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeString(file.resolve("x.csv"), "x"));
        assertEquals(true, e.getMessage().startsWith("cannot write " + file.resolve("x.csv") + ": "), e.getMessage());
    }
}
