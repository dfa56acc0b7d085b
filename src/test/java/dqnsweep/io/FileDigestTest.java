package dqnsweep.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDigestTest {

    @Test
    void sizeAndSha256OfAFileAndOfItsBytes(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a.csv"), "abc");
        FileDigest digest = FileDigest.of(file);
        assertEquals(new FileDigest(3, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"), digest);
        assertEquals(digest, FileDigest.of("abc".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void namesEveryFileThatDiffersAndHow(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("eval.csv"), "episode,score\n1,-0.5\n2,-0.6\n");
        Files.writeString(dir.resolve("train.csv"), "iteration\n1\n");
        Map<String, FileDigest> recorded = FileDigest.of(dir, List.of("eval.csv", "train.csv", "policy.csv"));
        assertEquals(List.of("eval.csv", "train.csv"), List.copyOf(recorded.keySet()), "only files that exist");
        assertEquals(Optional.empty(), FileDigest.mismatch(dir, recorded));
        // Cut at a row boundary: still a valid CSV, one row fewer.
        Files.writeString(dir.resolve("eval.csv"), "episode,score\n1,-0.5\n");
        assertEquals(Optional.of("eval.csv (21 bytes, recorded 28) does not match the checksums in its run.json"),
                FileDigest.mismatch(dir, recorded));
        // A number edited, same length.
        Files.writeString(dir.resolve("eval.csv"), "episode,score\n1,-0.4\n2,-0.6\n");
        Files.delete(dir.resolve("train.csv"));
        assertEquals(Optional.of("eval.csv (same size, other content), train.csv (missing) do not match the "
                + "checksums in its run.json"), FileDigest.mismatch(dir, recorded));
    }

    @Test
    void aRecordNamingAFileOutsideTheRunIsAMismatchAndAbsentRecordsAreNull(@TempDir Path dir) throws IOException {
        Map<String, FileDigest> crafted = Map.of("../secret", new FileDigest(1, "00"));
        assertTrue(FileDigest.mismatch(dir, crafted).orElseThrow().contains("../secret (not a file of the run)"));
        assertNull(FileDigest.fromJson(Json.MAPPER.readTree("{}").get("files")));
        assertThrows(IOException.class, () -> FileDigest.fromJson(Json.MAPPER.readTree("{\"files\": [1]}").get("files")));
    }
}
