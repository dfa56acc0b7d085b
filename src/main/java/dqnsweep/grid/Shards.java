package dqnsweep.grid;

import dqnsweep.BadInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sweep's runs into {@code count} shards of about equal estimated cost, for several
 * machines (a Slurm job array, a Kubernetes Indexed Job) that each run one shard. Pure: the
 * assignment depends only on the plan list, so every machine computes the same one.
 *
 * <p>Greedy longest-processing-time: runs in a sweep's start order ({@link Throughput#longestFirst},
 * ties by plan order) go one by one to the least loaded shard (ties to the lowest shard). Each shard's estimated cost is then
 * within one largest run of every other's.
 */
public final class Shards {

    private static final Pattern SHARD = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*");

    /** A shard: {@code index} from 1 to {@code count}. */
    public record Shard(int index, int count) {
        public Shard {
            if (count < 1 || index < 1 || index > count) {
                throw new BadInputException("--shard expects I/N with 1 <= I <= N, e.g. --shard 1/4; got "
                        + index + "/" + count);
            }
        }

        @Override
        public String toString() {
            return index + "/" + count;
        }
    }

    private Shards() {
    }

    /** Parses {@code I/N} (1-based); throws {@link BadInputException} on anything else. */
    public static Shard parse(String text) {
        Matcher matcher = text == null ? null : SHARD.matcher(text);
        if (matcher == null || !matcher.matches()) {
            throw new BadInputException("--shard expects I/N with 1 <= I <= N, e.g. --shard 1/4; got '" + text + "'");
        }
        return new Shard(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** The plans of shard {@code index} of {@code count} (1-based), in plan order. */
    public static List<RunPlan> select(List<RunPlan> plans, int index, int count) {
        Shard shard = new Shard(index, count);
        int[] owner = assign(plans, shard.count());
        List<RunPlan> selected = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            if (owner[i] == shard.index() - 1) {
                selected.add(plans.get(i));
            }
        }
        return selected;
    }

    /** The 0-based shard of each plan. */
    static int[] assign(List<RunPlan> plans, int count) {
        Map<RunPlan, Integer> position = new IdentityHashMap<>();
        for (int i = 0; i < plans.size(); i++) {
            position.put(plans.get(i), i);
        }
        double[] load = new double[count];
        PriorityQueue<Integer> leastLoaded = new PriorityQueue<>(
                Comparator.comparingDouble((Integer s) -> load[s]).thenComparingInt(s -> s));
        for (int s = 0; s < count; s++) {
            leastLoaded.add(s);
        }
        int[] owner = new int[plans.size()];
        for (RunPlan plan : Throughput.longestFirst(plans)) {
            int least = leastLoaded.poll();
            owner[position.get(plan)] = least;
            load[least] += cost(plan);
            leastLoaded.add(least);
        }
        return owner;
    }

    /** Estimated seconds of one run on one worker, from the measured throughput. */
    public static double cost(RunPlan plan) {
        return Throughput.runSeconds(plan.config());
    }
}
