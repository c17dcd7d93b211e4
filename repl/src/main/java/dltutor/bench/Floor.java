package dltutor.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * The compute floor of a training step: the model's FLOPs per step divided by the best matrix
 * multiplication rate this machine reaches through the same engine. No step can be faster than
 * that, so {@code steps/s ÷ floor steps/s} says how much of the machine a training loop uses; the
 * rest goes to small operations, memory traffic, the Java–native boundary and bookkeeping.
 */
final class Floor {
    private Floor() {}

    /** The best FLOP/s of float32 square matrix products of a few sizes (2·n³ FLOPs each). */
    static double matmulPeak(NDManager manager, boolean quick) {
        double best = 0;
        for (int n : new int[] {256, 512, 1024}) {
            try (NDManager sub = manager.newSubManager()) {
                NDArray a = sub.randomNormal(new Shape(n, n));
                NDArray b = sub.randomNormal(new Shape(n, n));
                for (int i = 0; i < 3; i++) {
                    a.matMul(b).close(); // warm the kernels and the allocator
                }
                double flops = 2.0 * n * n * n;
                int reps = 1;
                double seconds;
                do {
                    long t0 = System.nanoTime();
                    for (int i = 0; i < reps; i++) {
                        a.matMul(b).close(); // synchronous on the CPU engine
                    }
                    seconds = (System.nanoTime() - t0) / 1e9;
                    reps *= 2;
                } while (seconds < (quick ? 0.2 : 0.5));
                best = Math.max(best, flops * (reps / 2) / seconds);
            }
        }
        return best;
    }
}
