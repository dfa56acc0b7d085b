package dqnsweep.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dqnsweep.config.RunConfig;
import dqnsweep.io.Json;
import dqnsweep.jvm.ParentWatch;
import dqnsweep.reference.ReferenceCache;
import dqnsweep.run.RunExecutor;
import dqnsweep.spec.ConfigResolver;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * How a sweep talks to its worker processes, both ends in one place. Requests, one JSON line each
 * on the worker's input: {@code {"out": FOLDER, "references": FOLDER, "config": {...}}}. Replies on its output:
 * {@code progress STEPS} lines, then {@code done ok} or {@code done failed}. The worker end is
 * {@link #main}: {@link ProcessLauncher} starts this class directly in a tuned JVM, so a worker
 * needs nothing of the command line.
 */
public final class WorkerProtocol {

    static final String MAIN_CLASS = WorkerProtocol.class.getName();
    private static final String PROGRESS = "progress ";
    private static final String DONE = "done ";
    private static final String OK = "ok";
    private static final String FAILED = "failed";
    /** Progress lines at most this often: a 10,000-iteration run would otherwise print 10,000 lines. */
    private static final long PROGRESS_MILLIS = 500;

    private WorkerProtocol() {
    }

    /** The worker process: serves requests until its input closes. */
    public static void main(String[] args) throws IOException {
        // A worker whose coordinator died halts mid-run rather than finish it in the background.
        ParentWatch.startIfAsked();
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintWriter replies = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        serve(requests, replies, Clock.systemUTC());
        System.exit(0);
    }

    /** Runs each requested run in turn and replies with its progress and its end. */
    static void serve(BufferedReader requests, PrintWriter replies, Clock clock) throws IOException {
        String line;
        while ((line = requests.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode request = Json.MAPPER.readTree(line);
            RunConfig config = Json.MAPPER.treeToValue(request.get("config"), RunConfig.class);
            ReferenceCache references = ReferenceCache.standard(Path.of(request.get("references").asText()));
            Optional<String> failure = run(new RunExecutor(clock, references), config,
                    Path.of(request.get("out").asText()), replies, clock);
            // The reason travels with the reply: with a full disk, run.json and error.txt may never be written.
            replies.println(DONE + failure.map(reason -> FAILED + " " + oneLine(reason)).orElse(OK));
            replies.flush();
        }
    }

    /** The request line that asks a worker to run {@code config} into {@code folder}, with the sweep's references. */
    static String request(RunConfig config, Path folder, Path references) throws IOException {
        ObjectNode request = Json.MAPPER.createObjectNode();
        request.put("out", folder.toAbsolutePath().toString());
        request.put("references", references.toAbsolutePath().toString());
        request.set("config", ConfigResolver.toTree(config));
        return Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(request) + "\n";
    }

    /** The environment steps a progress line reports, if it is one. */
    static Optional<Long> progress(String line) {
        if (!line.startsWith(PROGRESS)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(line.substring(PROGRESS.length()).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The reason a done line gives for a failed run, if it is one and gives one. */
    static Optional<String> failure(String line) {
        String prefix = DONE + FAILED + " ";
        return line.startsWith(prefix) ? Optional.of(line.substring(prefix.length()).trim()) : Optional.empty();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    /** Whether a done line reports a complete run, if it is one. */
    static Optional<Boolean> done(String line) {
        return line.startsWith(DONE) ? Optional.of(line.substring(DONE.length()).trim().equals(OK)) : Optional.empty();
    }

    /** Runs one run; returns why it failed, or empty when it completed. */
    private static Optional<String> run(RunExecutor executor, RunConfig config, Path out, PrintWriter replies,
            Clock clock) {
        long[] lastPrint = {0};
        try {
            executor.execute(config, out, envSteps -> {
                long now = clock.millis();
                if (now - lastPrint[0] >= PROGRESS_MILLIS || envSteps == config.trainingSteps()) {
                    lastPrint[0] = now;
                    replies.println(PROGRESS + envSteps);
                    replies.flush();
                }
            });
            return Optional.empty();
        } catch (Exception | Error e) {
            // RunExecutor recorded the failure in run.json and error.txt, if it could write them.
            return Optional.of(RunExecutor.describe(e));
        }
    }

    static List<String> args() {
        return List.of();
    }
}
