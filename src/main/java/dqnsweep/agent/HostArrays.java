package dqnsweep.agent;

import java.nio.ByteOrder;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Bulk copies between Java float arrays and dense row-major ND4J arrays. Element-wise
 * {@code putScalar}/{@code getFloat} cost ~100 ns each, which adds up to more than a network call
 * for a minibatch; a bulk copy through the native buffer costs almost nothing.
 */
final class HostArrays {

    private HostArrays() {
    }

    /** Copies {@code values[0 .. length)} into the start of {@code target}. */
    static void write(float[] values, int length, INDArray target) {
        write(values, 0, length, target);
    }

    /** Copies {@code values[offset .. offset + length)} into the start of {@code target}. */
    static void write(float[] values, int offset, int length, INDArray target) {
        target.data().asNio().order(ByteOrder.nativeOrder()).asFloatBuffer().put(values, offset, length);
    }

    /** Copies the first {@code length} elements of {@code source} into {@code values}. */
    static void read(INDArray source, float[] values, int length) {
        source.data().asNio().order(ByteOrder.nativeOrder()).asFloatBuffer().get(values, 0, length);
    }
}
