package dqnsweep.nd4j;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.cpu.nativecpu.DirectShapeInfoProvider;

/**
 * ND4J's shape-information provider with every array layout shared, not only some. Each ND4J array
 * carries a small native buffer describing its shape, strides and type. ND4J's own provider shares
 * these buffers for one kind of request, but array constructors, views and reshapes use another
 * that allocates a new one every time: half of the ~260 native buffers a fit of our network
 * creates, each with ~10 Java objects of bookkeeping that the garbage collector and ND4J's
 * deallocator threads must process (measured: JavaCPP pointers per fit 261 -> 45, ND4J-tracked
 * buffers 263 -> 142, CPU per fit and output call -27%).
 *
 * <p>ND4J marks these buffers constant and never writes or closes them (arrays that change shape
 * get a new one), which is what makes sharing safe; it shares the other kind the same way.
 * Installed by the {@code shapeinfoprovider} system property ({@code dqnsweep.jvm.TunedJvm}).
 */
public final class SharedShapeInfoProvider extends DirectShapeInfoProvider {

    private final SharedValues<Pair<DataBuffer, long[]>> shared = new SharedValues<>();

    @Override
    public Pair<DataBuffer, long[]> createShapeInformation(long[] shape, long[] stride, long elementWiseStride,
            char order, DataType dataType, boolean empty) {
        return shared.get(layout(shape, stride, elementWiseStride, order, dataType, empty),
                () -> super.createShapeInformation(shape, stride, elementWiseStride, order, dataType, empty));
    }

    /** How many layouts are shared so far. */
    int layouts() {
        return shared.size();
    }

    /** Everything a shape-information buffer encodes, in one array. */
    private static long[] layout(long[] shape, long[] stride, long elementWiseStride, char order, DataType dataType,
            boolean empty) {
        long[] packed = new long[shape.length + stride.length + 5];
        packed[0] = shape.length;
        System.arraycopy(shape, 0, packed, 1, shape.length);
        System.arraycopy(stride, 0, packed, 1 + shape.length, stride.length);
        int tail = 1 + shape.length + stride.length;
        packed[tail] = elementWiseStride;
        packed[tail + 1] = order;
        packed[tail + 2] = dataType.ordinal();
        packed[tail + 3] = empty ? 1 : 0;
        return packed;
    }
}
