package dqnsweep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dqnsweep.agent.RunConfig;
import dqnsweep.io.Json;
import dqnsweep.run.RunExecutor;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dqn-sweep worker}: runs sweep runs one after another as a sweep's worker process (see {@link WorkerProtocol}). */
@Command(name = WorkerCommand.NAME, hidden = true, description = "Internal: a sweep's worker process.")
final class WorkerCommand implements Callable<Integer> {

    static final String NAME = "worker";
    /** Progress lines at most this often: a 10,000-iteration run would otherwise print 10,000 lines. */
    private static final long PROGRESS_MILLIS = 500;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = requests.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode request = Json.MAPPER.readTree(line);
            RunConfig config = Json.MAPPER.treeToValue(request.get("config"), RunConfig.class);
            boolean complete = run(config, Path.of(request.get("out").asText()), stdout);
            stdout.println(WorkerProtocol.doneLine(complete));
            stdout.flush();
        }
        return ExitCodes.OK;
    }

    private static boolean run(RunConfig config, Path out, PrintWriter stdout) {
        Clock clock = Clock.systemUTC();
        long[] lastPrint = {0};
        try {
            new RunExecutor(clock).execute(config, out, envSteps -> {
                long now = clock.millis();
                if (now - lastPrint[0] >= PROGRESS_MILLIS || envSteps == config.trainingSteps()) {
                    lastPrint[0] = now;
                    stdout.println(WorkerProtocol.progressLine(envSteps));
                    stdout.flush();
                }
            });
            return true;
        } catch (Exception | Error e) {
            // RunExecutor recorded the failure in run.json and error.txt for the sweep to read.
            return false;
        }
    }
}
