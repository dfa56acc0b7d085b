package dqnsweep.sweep;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dqnsweep.config.RunConfig;
import dqnsweep.jvm.Machine;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * {@code sweep.json}: what the sweep is (spec, axes, cells, every run's resolved configuration)
 * and when it ran. Programs and the report read it to make sense of the folder.
 */
public record SweepManifest(
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @JsonProperty("spec_file") String specFile,
        @JsonProperty("command") String command,
        @JsonProperty("axes") LinkedHashMap<String, List<JsonNode>> axes,
        @JsonProperty("seeds") List<Long> seeds,
        @JsonProperty("cells") List<CellEntry> cells,
        @JsonProperty("runs") List<RunEntry> runs,
        @JsonProperty("workers") int workers,
        @JsonProperty("executor") String executor,
        @JsonProperty("shard") String shard,
        @JsonProperty("started_at") String startedAt,
        @JsonProperty("finished_at") String finishedAt,
        @JsonProperty("wall_seconds") Double wallSeconds,
        @JsonProperty("machine") Machine machine) {

    public static final String FILE = "sweep.json";

    /** A grid cell and its values. */
    public record CellEntry(@JsonProperty("id") String id,
            @JsonProperty("values") LinkedHashMap<String, JsonNode> values) {
    }

    /** One run: where it lives and exactly what it was configured with. */
    public record RunEntry(@JsonProperty("cell") String cell, @JsonProperty("seed") long seed,
            @JsonProperty("folder") String folder, @JsonProperty("config") RunConfig config,
            @JsonProperty("config_hash") String configHash) {
    }

    public SweepManifest finished(String finishedAt, double wallSeconds) {
        return new SweepManifest(name, description, specFile, command, axes, seeds, cells, runs, workers, executor,
                shard, startedAt, finishedAt, wallSeconds, machine);
    }
}
