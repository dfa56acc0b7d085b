package dqnsweep.nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.cpu.nativecpu.DirectShapeInfoProvider;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class SharedShapeInfoProviderTest {

    /** A request to the provider: shape, strides, element-wise stride, order, type, emptiness. */
    private record Request(long[] shape, long[] stride, long ews, char order, DataType type, boolean empty) {
        Pair<DataBuffer, long[]> to(DirectShapeInfoProvider provider) {
            return provider.createShapeInformation(shape.clone(), stride.clone(), ews, order, type, empty);
        }
    }

    private static final List<Request> REQUESTS = List.of(
            new Request(new long[] {2, 3}, new long[] {3, 1}, 1, 'c', DataType.FLOAT, false),
            new Request(new long[] {2, 3}, new long[] {1, 2}, 1, 'f', DataType.FLOAT, false),
            new Request(new long[] {2, 3}, new long[] {3, 1}, 1, 'c', DataType.DOUBLE, false),
            new Request(new long[] {3, 2}, new long[] {2, 1}, 1, 'c', DataType.FLOAT, false),
            new Request(new long[] {2, 3}, new long[] {5, 1}, 0, 'c', DataType.FLOAT, false),
            new Request(new long[] {0, 3}, new long[] {3, 1}, 1, 'c', DataType.FLOAT, true),
            new Request(new long[] {}, new long[] {}, 1, 'c', DataType.FLOAT, false));

    @Test
    void theTestJvmUsesItLikeEveryTunedJvm() {
        assertInstanceOf(SharedShapeInfoProvider.class, Nd4j.getShapeInfoProvider());
    }

    @Test
    void eachLayoutIsBuiltOnceWithTheContentsNd4jWouldBuild() {
        SharedShapeInfoProvider shared = new SharedShapeInfoProvider();
        DirectShapeInfoProvider unshared = new DirectShapeInfoProvider();
        for (Request request : REQUESTS) {
            Pair<DataBuffer, long[]> first = request.to(shared);
            assertSame(first.getFirst(), request.to(shared).getFirst(), "same layout, same buffer");
            Pair<DataBuffer, long[]> expected = request.to(unshared);
            assertNotSame(expected.getFirst(), request.to(unshared).getFirst(), "ND4J's own provider builds anew");
            assertArrayEquals(expected.getFirst().asLong(), first.getFirst().asLong());
            assertArrayEquals(expected.getSecond(), first.getSecond());
        }
        assertEquals(REQUESTS.size(), shared.layouts(), "every request above is a different layout");
    }

    @Test
    void arraysSharingALayoutStayIndependent() {
        INDArray a = Nd4j.create(new float[] {1, 2, 3, 4, 5, 6}, new long[] {2, 3}, 'c');
        INDArray b = Nd4j.create(new float[] {6, 5, 4, 3, 2, 1}, new long[] {2, 3}, 'c');
        assertSame(a.shapeInfoDataBuffer(), b.shapeInfoDataBuffer());
        INDArray product = a.mmul(b.transpose());
        assertArrayEquals(new float[] {28, 10, 73, 28}, product.data().asFloat());
        INDArray column = a.get(NDArrayIndex.all(), NDArrayIndex.point(1));
        column.muli(10);
        assertArrayEquals(new float[] {1, 20, 3, 4, 50, 6}, a.data().asFloat());
        assertArrayEquals(new float[] {6, 5, 4, 3, 2, 1}, b.data().asFloat());
        assertArrayEquals(new long[] {2, 3}, b.shape());
        assertArrayEquals(new long[] {3, 2}, a.reshape(3, 2).shape());
        assertArrayEquals(new long[] {2, 3}, a.shape());
    }
}
