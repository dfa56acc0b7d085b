package dqnsweep.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's step-down adjustment for m tests (Holm 1979): sort the p-values ascending, multiply the
 * k-th smallest (k from 1) by m - k + 1, carry the running maximum forward so the order is kept,
 * and cap at 1. Rejecting where the adjusted value is below alpha keeps the chance of any false
 * rejection among the m at most alpha, whatever their dependence. NaN entries (nothing tested)
 * stay NaN and do not count in m.
 */
public final class Holm {

    private Holm() {
    }

    public static double[] adjust(double[] p) {
        double[] adjusted = new double[p.length];
        Arrays.fill(adjusted, Double.NaN);
        Integer[] order = IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
                .sorted(Comparator.comparingDouble(i -> p[i])).toArray(Integer[]::new);
        int m = order.length;
        double running = 0;
        for (int k = 0; k < m; k++) {
            running = Math.max(running, Math.min(1, (m - k) * p[order[k]]));
            adjusted[order[k]] = running;
        }
        return adjusted;
    }
}
