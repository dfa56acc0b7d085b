package dqnsweep.nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.api.shape.TadPack;
import org.nd4j.linalg.factory.Nd4j;

class SharedTadExecutionerTest {

    private static final float[] A = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    private static final float[] B = {12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1};

    @Test
    void theTestJvmUsesItLikeEveryTunedJvm() {
        assertInstanceOf(SharedTadExecutioner.class, Nd4j.getExecutioner());
    }

    @Test
    void oneDescriptionPerLayoutAndDimensionsWithTheRightSubArrays() {
        SharedTadExecutioner executioner = (SharedTadExecutioner) Nd4j.getExecutioner();
        INDArray a = Nd4j.create(A, new long[] {3, 4}, 'c');
        INDArray b = Nd4j.create(B, new long[] {3, 4}, 'c');
        int before = executioner.descriptions();
        TadPack rows = executioner.tadShapeInfoAndOffsets(a, new int[] {1});
        assertSame(rows, executioner.tadShapeInfoAndOffsets(b, new int[] {1}), "same layout and dimension, shared");
        TadPack columns = executioner.tadShapeInfoAndOffsets(a, new int[] {0});
        assertNotSame(rows, columns);
        TadPack doubleRows = executioner.tadShapeInfoAndOffsets(a.castTo(DataType.DOUBLE), new int[] {1});
        assertNotSame(rows, doubleRows, "another data type is another layout");
        assertEquals(before + 3, executioner.descriptions());
        // Rows of a 3x4 row-major matrix: 3 sub-arrays of 4 contiguous elements; columns: 4 of 3, 4 apart.
        assertArrayEquals(new long[] {0, 4, 8}, rows.getTadOffsets().asLong());
        assertArrayEquals(new long[] {4}, Shape.shape(rows.getTadShapeInfo().asLong()));
        assertArrayEquals(new long[] {0, 1, 2, 3}, columns.getTadOffsets().asLong());
        assertArrayEquals(new long[] {3}, Shape.shape(columns.getTadShapeInfo().asLong()));
        assertArrayEquals(new long[] {4}, Shape.stride(columns.getTadShapeInfo().asLong()));
    }

    @Test
    void reductionsAndBroadcastsOnArraysSharingDescriptionsStayCorrect() {
        INDArray a = Nd4j.create(A, new long[] {3, 4}, 'c');
        INDArray b = Nd4j.create(B, new long[] {3, 4}, 'c');
        assertArrayEquals(new float[] {10, 26, 42}, a.sum(1).toFloatVector());
        assertArrayEquals(new float[] {42, 26, 10}, b.sum(1).toFloatVector());
        assertArrayEquals(new float[] {15, 18, 21, 24}, a.sum(0).toFloatVector());
        assertArrayEquals(new float[] {24, 21, 18, 15}, b.sum(0).toFloatVector());
        INDArray bias = Nd4j.create(new float[] {1, 0, -1, 0}, new long[] {1, 4}, 'c');
        assertArrayEquals(new float[] {2, 2, 2, 4, 6, 6, 6, 8, 10, 10, 10, 12},
                a.addRowVector(bias).data().asFloat());
        assertArrayEquals(new float[] {13, 11, 9, 9, 9, 7, 5, 5, 5, 3, 1, 1},
                b.addRowVector(bias).data().asFloat());
    }
}
