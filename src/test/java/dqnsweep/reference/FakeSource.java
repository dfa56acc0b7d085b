package dqnsweep.reference;

import dqnsweep.sim.EnvName;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A reference source for cache tests: made-up figures that depend on the key only, with awkward
 * decimals (thirds, sevenths) that a lossy number format would change, a count of computations
 * and an optional delay so that concurrent requests overlap.
 */
final class FakeSource implements ReferenceSource {

    final AtomicInteger computations = new AtomicInteger();
    private final long delayMillis;
    private final Runnable onCompute;

    FakeSource(long delayMillis) {
        this(delayMillis, () -> { });
    }

    FakeSource(long delayMillis, Runnable onCompute) {
        this.delayMillis = delayMillis;
        this.onCompute = onCompute;
    }

    @Override
    public boolean covers(EnvName env) {
        return env != EnvName.CARTPOLE;
    }

    @Override
    public String version(ReferenceKey key) {
        return "fake1";
    }

    @Override
    public Optional<Reference> compute(ReferenceKey key) {
        computations.incrementAndGet();
        onCompute.run();
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return Optional.of(reference(key));
    }

    static Reference reference(ReferenceKey key) {
        int n = key.episodes();
        double[] optimalAverage = new double[n];
        double[] optimalReturn = new double[n];
        double[] randomAverage = new double[n];
        double[] randomReturn = new double[n];
        for (int e = 0; e < n; e++) {
            optimalAverage[e] = -0.5 - (e + key.bins()) / 3.0e3;
            optimalReturn[e] = 200 * optimalAverage[e] + 1.0 / 7;
            randomAverage[e] = -6 - e / 7.0 - key.evalSeed() * 1e-17;
            randomReturn[e] = 200 * randomAverage[e] - Math.PI;
        }
        return new Reference(key, optimalAverage, optimalReturn, randomAverage, randomReturn);
    }
}
