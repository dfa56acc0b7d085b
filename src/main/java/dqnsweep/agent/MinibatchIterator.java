package dqnsweep.agent;

import java.util.List;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.DataSetPreProcessor;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

/**
 * Hands DL4J the prepared minibatches of one training event in one {@code fit} call, one
 * gradient step each. Synchronous on purpose: for an iterator that supports it DL4J prefetches on
 * an extra thread, which costs a thread per call and a core the other worker needs. (DL4J's
 * ListDataSetIterator would merge the minibatches into one big batch: one step, not several.)
 */
final class MinibatchIterator implements DataSetIterator {

    private static final long serialVersionUID = 1L;

    private final transient List<DataSet> minibatches;
    private int count;
    private int cursor;

    MinibatchIterator(List<DataSet> minibatches) {
        this.minibatches = minibatches;
    }

    /** Serves the first {@code count} minibatches once. */
    MinibatchIterator over(int newCount) {
        count = newCount;
        cursor = 0;
        return this;
    }

    @Override
    public boolean hasNext() {
        return cursor < count;
    }

    @Override
    public DataSet next() {
        return minibatches.get(cursor++);
    }

    @Override
    public DataSet next(int num) {
        return next();
    }

    @Override
    public int inputColumns() {
        return (int) minibatches.get(0).getFeatures().size(1);
    }

    @Override
    public int totalOutcomes() {
        return (int) minibatches.get(0).getLabels().size(1);
    }

    @Override
    public boolean resetSupported() {
        return true;
    }

    @Override
    public boolean asyncSupported() {
        return false;
    }

    @Override
    public void reset() {
        cursor = 0;
    }

    @Override
    public int batch() {
        return (int) minibatches.get(0).getFeatures().size(0);
    }

    @Override
    public void setPreProcessor(DataSetPreProcessor preProcessor) {
        throw new UnsupportedOperationException("minibatches are prepared by the learner");
    }

    @Override
    public DataSetPreProcessor getPreProcessor() {
        return null;
    }

    @Override
    public List<String> getLabels() {
        return null;
    }
}
