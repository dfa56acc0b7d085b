package dqnsweep.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BlasKernelTest {

    /** Prints the kernel its JVM was given, for the test that starts it. */
    public static void main(String[] args) {
        System.out.print(System.getenv(BlasKernel.VARIABLE));
    }

    @Test
    void haswellOnEveryCpuWithAvx2UnlessChosenKnowingly() {
        Set<String> avx2 = Set.of("sse4_2", "avx", "avx2", "avx512f");
        assertEquals("Haswell", BlasKernel.chosen(Map.of(), avx2));
        assertEquals("Haswell", BlasKernel.chosen(Map.of(BlasKernel.VARIABLE, "SkylakeX"), avx2),
                "a kernel inherited from the user's environment is replaced");
        assertEquals("SkylakeX", BlasKernel.chosen(Map.of(BlasKernel.OVERRIDE, "SkylakeX"), avx2));
        assertEquals("Sandybridge", BlasKernel.chosen(Map.of(), Set.of("sse4_2", "avx")));
        assertEquals("Nehalem", BlasKernel.chosen(Map.of(), Set.of("sse4_2")));
        assertTrue(BlasKernel.comparable("Haswell"));
        assertFalse(BlasKernel.comparable("Sandybridge"));
        assertFalse(BlasKernel.comparable(null));
    }

    @Test
    void everyJvmTheProjectStartsComputesWithThePinnedKernel() throws IOException, InterruptedException {
        ProcessBuilder builder = TunedJvm.process(List.of(), List.of(), BlasKernelTest.class.getName(), List.of());
        builder.environment().put(BlasKernel.VARIABLE, "SkylakeX");
        BlasKernel.pin(builder.environment());
        Process process = builder.redirectErrorStream(true).start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor());
        assertEquals(BlasKernel.chosen(), printed);
        assertEquals(BlasKernel.chosen(), TunedJvm.process(List.of(), List.of(), "x", List.of()).environment()
                .get(BlasKernel.VARIABLE));
    }

    @Test
    void theTestJvmItselfIsPinned() {
        assertTrue(BlasKernel.problemInThisJvm().isEmpty(), BlasKernel.problemInThisJvm().orElse(""));
        assertTrue(Machine.current().comparable());
    }
}
