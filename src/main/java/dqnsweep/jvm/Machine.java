package dqnsweep.jvm;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a result was computed on, recorded in run.json and sweep.json: two results are meant to be
 * identical when their configurations are and {@code blasKernel} is the pinned one.
 *
 * @param blasKernel the OpenBLAS kernel this JVM computes with ({@link BlasKernel})
 * @param comparable whether that kernel is the one every machine pins, so results agree across machines
 */
public record Machine(@JsonProperty("cpu") String cpu, @JsonProperty("cores") int cores,
        @JsonProperty("blas_kernel") String blasKernel, @JsonProperty("comparable") boolean comparable,
        @JsonProperty("java") String java, @JsonProperty("os") String os) {

    /** This machine and JVM. */
    public static Machine current() {
        String kernel = System.getenv(BlasKernel.VARIABLE);
        String used = kernel == null ? "chosen by OpenBLAS for this CPU" : kernel;
        return new Machine(BlasKernel.cpuModel(), Runtime.getRuntime().availableProcessors(), used,
                BlasKernel.comparable(kernel), System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    }
}
