package dqnsweep.run;

import dqnsweep.config.RunConfig;
import dqnsweep.io.AtomicFiles;
import dqnsweep.io.FileDigest;
import dqnsweep.io.Json;
import dqnsweep.jvm.Machine;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One run's folder as bytes, to carry a run computed elsewhere (a Spark executor) to the machine
 * that owns the results folder. The files are small (model.zip ~100 KB).
 *
 * @param configHash the hash of the configuration it was computed for
 * @param files file name to content, e.g. {@code eval.csv}; {@code run.json} always present
 * @param failure one line when the run failed (its run.json then says failed), else null
 */
public record RunBundle(String configHash, TreeMap<String, byte[]> files, String failure) implements Serializable {

    private static final long serialVersionUID = 1L;

    public RunBundle {
        if (!files.containsKey(RunOutputs.SUMMARY)) {
            throw new IllegalArgumentException("a run bundle needs " + RunOutputs.SUMMARY);
        }
    }

    /**
     * Runs {@code config} into a fresh temporary folder and returns its files; a failed run gives a
     * bundle with its failure recorded, as {@link RunExecutor} records it in a folder.
     */
    public static RunBundle compute(RunConfig config, Clock clock) throws IOException {
        Path folder = Files.createTempDirectory("dqn-sweep-run-");
        try {
            String failure = null;
            try {
                new RunExecutor(clock).execute(config, folder, envSteps -> { });
            } catch (Exception | Error e) {
                failure = RunExecutor.describe(e);
            }
            TreeMap<String, byte[]> files = new TreeMap<>();
            for (String name : RunOutputs.FILES) {
                Path file = folder.resolve(name);
                if (Files.isRegularFile(file)) {
                    files.put(name, Files.readAllBytes(file));
                }
            }
            if (!files.containsKey(RunOutputs.SUMMARY)) {
                return failed(config, failure != null ? failure : "run.json was not written", "", clock);
            }
            return new RunBundle(ConfigHash.of(config), files, failure);
        } finally {
            AtomicFiles.deleteTree(folder);
        }
    }

    /** A failed run whose computation never reported back (e.g. its cluster task was lost). */
    public static RunBundle failed(RunConfig config, String reason, String details, Clock clock) throws IOException {
        RunSummary summary = new RunSummary(RunSummary.FAILED, reason, ConfigHash.of(config), config,
                RunExecutor.versions(), Machine.current(), null, null, 0, clock.instant().toString(), null);
        TreeMap<String, byte[]> files = new TreeMap<>();
        files.put(RunOutputs.ERROR, (reason + "\n\n" + details).getBytes(StandardCharsets.UTF_8));
        files.put(RunOutputs.SUMMARY, Json.MAPPER.writeValueAsBytes(summary));
        return new RunBundle(ConfigHash.of(config), files, reason);
    }

    /**
     * Writes the files into {@code folder}, each atomically and run.json last, after removing any
     * earlier attempt's files; returns the run's summary.
     */
    public RunSummary install(Path folder) throws IOException {
        RunSummary summary = Json.MAPPER.readValue(files.get(RunOutputs.SUMMARY), RunSummary.class);
        requireRecordedFiles(summary);
        AtomicFiles.requireWritableFolder(folder);
        Files.deleteIfExists(folder.resolve(RunOutputs.SUMMARY));
        for (String name : RunOutputs.FILES) {
            Path target = folder.resolve(name);
            byte[] content = files.get(name);
            if (content == null) {
                Files.deleteIfExists(target);
            } else {
                AtomicFiles.write(target, temporary -> Files.write(temporary, content));
            }
        }
        return summary;
    }

    /** A complete run's files must be those its run.json recorded: nothing damaged on the way from the executor. */
    private void requireRecordedFiles(RunSummary summary) throws IOException {
        if (summary.files() == null) {
            return;
        }
        for (Map.Entry<String, FileDigest> recorded : summary.files().entrySet()) {
            byte[] content = files.get(recorded.getKey());
            if (content == null || !FileDigest.of(content).equals(recorded.getValue())) {
                throw new IOException(recorded.getKey() + " of the run arrived damaged: it does not match the "
                        + "checksum in its run.json");
            }
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RunBundle bundle && configHash.equals(bundle.configHash)
                && Objects.equals(failure, bundle.failure) && files.keySet().equals(bundle.files.keySet())
                && files.keySet().stream().allMatch(k -> Arrays.equals(files.get(k), bundle.files.get(k)));
    }

    @Override
    public int hashCode() {
        return configHash.hashCode();
    }

    @Override
    public String toString() {
        return "RunBundle[" + configHash + ", " + files.keySet() + (failure == null ? "" : ", failed: " + failure) + "]";
    }
}
