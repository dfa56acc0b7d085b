package dqnsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShardAndMergeTest {

    /** Shared by the tests: one whole sweep to compare with. */
    @TempDir
    static Path dir;
    private static Path whole;

    @BeforeAll
    static void sweepOnOneMachine() {
        whole = dir.resolve("whole");
        SweepResults cli = new SweepResults();
        assertEquals(ExitCodes.OK, cli.sweep(whole), cli.err.toString());
    }

    @Test
    void shardsInSeparateFoldersMergeIntoTheWholeSweep() throws Exception {
        SweepResults cli = new SweepResults();
        List<String> merge = new ArrayList<>(List.of("merge", dir.resolve("merged").toString()));
        int runs = 0;
        for (int i = 1; i <= 3; i++) {
            Path shard = dir.resolve("shard" + i);
            assertEquals(ExitCodes.OK, cli.sweep(shard, "--shard", i + "/3"), cli.err.toString());
            runs += SweepResults.table(shard.resolve("summary.csv")).stream()
                    .filter(row -> row.contains("complete")).count();
            merge.add(shard.toString());
        }
        assertEquals(8, runs, "each run in exactly one shard");
        assertTrue(cli.out.toString().contains("sweep shard 3/3:"), cli.out.toString());
        assertEquals(ExitCodes.OK, cli.execute(merge), cli.err.toString());
        assertTrue(cli.out.toString().contains("merge: 8 runs: 8 complete, 0 failed, 0 missing"), cli.out.toString());
        SweepResults.assertSameResults(whole, dir.resolve("merged"));
        // Merging again into the merged folder changes nothing and copies nothing new.
        assertEquals(ExitCodes.OK, cli.execute(merge), cli.err.toString());
        SweepResults.assertSameResults(whole, dir.resolve("merged"));
    }

    @Test
    void shardFoldersInsideTheMergedFolderAsTheJobScriptsKeepThem() throws Exception {
        SweepResults cli = new SweepResults();
        Path results = dir.resolve("nested");
        List<String> merge = new ArrayList<>(List.of("merge", results.toString()));
        for (int i = 1; i <= 2; i++) {
            assertEquals(ExitCodes.OK, cli.sweep(results.resolve("shard-" + i), "--shard", i + "/2"), cli.err.toString());
            merge.add(results.resolve("shard-" + i).toString());
        }
        assertEquals(ExitCodes.OK, cli.execute(merge), cli.err.toString());
        SweepResults.assertSameResults(whole, results);
    }

    @Test
    void shardsSharingOneFolderLeaveTheWholeSummary() throws Exception {
        SweepResults cli = new SweepResults();
        Path shared = dir.resolve("shared");
        for (int i = 3; i >= 1; i--) {
            assertEquals(ExitCodes.OK, cli.sweep(shared, "--shard", i + "/3"), cli.err.toString());
        }
        SweepResults.assertSameResults(whole, shared);
        List<String> leftovers;
        try (var files = Files.walk(shared)) {
            leftovers = files.map(Path::getFileName).map(Path::toString).filter(n -> n.endsWith(".tmp")).toList();
        }
        assertEquals(List.of(), leftovers);
    }

    @Test
    void mergeRefusesFoldersOfDifferentSettings() {
        SweepResults cli = new SweepResults();
        Path other = dir.resolve("other");
        assertEquals(ExitCodes.OK, cli.sweep(other, "--shard", "1/4", "--set", "gamma=0.9"), cli.err.toString());
        int code = cli.execute(List.of("merge", dir.resolve("bad").toString(), whole.toString(), other.toString()));
        assertEquals(ExitCodes.BAD_INPUT, code);
        assertTrue(cli.err.toString().contains("configuration hash"), cli.err.toString());
        assertEquals(ExitCodes.BAD_INPUT, cli.execute(List.of("merge", dir.resolve("bad2").toString(),
                dir.resolve("nothing").toString())));
    }

    @Test
    void badShardsAreBadInput() {
        SweepResults cli = new SweepResults();
        for (String shard : List.of("0/3", "4/3", "x", "1/0")) {
            assertEquals(ExitCodes.BAD_INPUT, cli.sweep(dir.resolve("never"), "--shard", shard), shard);
        }
        assertEquals(ExitCodes.BAD_INPUT, cli.sweep(whole, "--shard", "1/2", "--fresh"));
        assertEquals(ExitCodes.BAD_INPUT, cli.sweep(dir.resolve("never"), "--executor", "yarn"));
        assertTrue(Files.notExists(dir.resolve("never")));
    }
}
