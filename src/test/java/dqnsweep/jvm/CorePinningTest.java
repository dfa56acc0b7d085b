package dqnsweep.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorePinningTest {

    @Test
    void parsesKernelCpuLists() {
        assertEquals(List.of(0, 1, 2, 3, 8, 10, 11), CorePinning.parseCpuList("0-3,8,10-11"));
        assertEquals(List.of(0, 1), CorePinning.parseCpuList("\t0-1\n"));
        assertEquals(List.of(5), CorePinning.parseCpuList("5"));
        assertThrows(IllegalArgumentException.class, () -> CorePinning.parseCpuList("3-1"));
        assertThrows(IllegalArgumentException.class, () -> CorePinning.parseCpuList("0-1-2"));
        assertThrows(IllegalArgumentException.class, () -> CorePinning.parseCpuList("all"));
    }

    @Test
    void pinsNothingUnlessThereIsOneWorkerPerCore() {
        int cpus = allowedCpus().size();
        assertTrue(CorePinning.none().commandPrefix(0).isEmpty());
        assertTrue(CorePinning.forWorkers(cpus + 1).commandPrefix(0).isEmpty());
        if (cpus > 1) {
            assertTrue(CorePinning.forWorkers(cpus - 1).commandPrefix(0).isEmpty());
        }
    }

    /** With one worker per core, worker i really runs on the i-th allowed CPU, as the kernel reports. */
    @Test
    void eachWorkerRunsOnItsOwnAllowedCpu() throws Exception {
        List<Integer> cpus = allowedCpus();
        CorePinning pinning = CorePinning.forWorkers(cpus.size());
        assumeTrue(!pinning.commandPrefix(0).isEmpty(), "taskset is not installed here");
        for (int slot = 0; slot <= cpus.size(); slot++) {
            List<String> command = new ArrayList<>(pinning.commandPrefix(slot));
            command.addAll(List.of("grep", "Cpus_allowed_list", "/proc/self/status"));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.waitFor(), output);
            int expected = cpus.get(slot % cpus.size());
            assertEquals(List.of(expected), CorePinning.parseCpuList(output.replace("Cpus_allowed_list:", "")));
        }
    }

    private static List<Integer> allowedCpus() {
        var cpus = CorePinning.allowedCpus();
        assumeTrue(cpus.isPresent(), "not Linux");
        return cpus.get();
    }
}
