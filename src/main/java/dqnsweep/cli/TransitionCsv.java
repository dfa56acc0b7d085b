package dqnsweep.cli;

import dqnsweep.io.Csv;
import dqnsweep.io.ShortestDouble;
import dqnsweep.sim.Environment;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code simulate}'s table: steps a simulator and prints each transition as one CSV row: step, the
 * state before, action, reward, the state after, the observation, terminated (always last).
 * Numbers print in their shortest exact form, as Python's {@code repr}, so rows compare with gym's.
 */
final class TransitionCsv {

    private final Environment sim;
    private final Csv csv;
    private final double[] observation;
    private final double[] before;
    private final double[] after;

    TransitionCsv(Environment sim, PrintWriter out) throws IOException {
        this.sim = sim;
        this.csv = Csv.open(out, header(sim));
        this.observation = new double[sim.observationSize()];
        this.before = new double[sim.stateSize()];
        this.after = new double[sim.stateSize()];
    }

    /** Puts the simulator in {@code state}; the next row shows it as the state before. */
    void start(double[] state) {
        sim.setState(state, observation);
    }

    /** Applies {@code action} from the current state, prints row {@code step} and returns whether it terminated. */
    boolean step(int step, double action) throws IOException {
        sim.copyState(before);
        double reward = sim.step(action, observation);
        sim.copyState(after);
        List<Object> row = new ArrayList<>();
        row.add(step);
        addAll(row, before);
        addAll(row, action, reward);
        addAll(row, after);
        addAll(row, observation);
        row.add(sim.terminated());
        csv.row(row.toArray());
        return sim.terminated();
    }

    void flush() throws IOException {
        csv.flush();
    }

    private static List<String> header(Environment sim) {
        List<String> header = new ArrayList<>();
        header.add("step");
        sim.stateNames().forEach(n -> header.add(n + "_before"));
        header.add("action");
        header.add("reward");
        sim.stateNames().forEach(n -> header.add(n + "_after"));
        header.addAll(sim.observationNames());
        header.add("terminated");
        return header;
    }

    private static void addAll(List<Object> row, double... values) {
        for (double value : values) {
            row.add(ShortestDouble.format(value));
        }
    }
}
