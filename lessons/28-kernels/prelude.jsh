// 28-kernels: run silently when the lesson starts.
// A stopwatch (best of several runs, because this machine is shared), the per-row loop that the
// learner replaces with one batched computation, and the same SGD-with-momentum step written as
// six separate NDArray operations, for the fusion measurement.

// The fastest of `repeats` runs of `work`, in seconds, after one warm-up run. The fastest run is
// the one that was interrupted least by other programs on the machine.
double bestSeconds(int repeats, Runnable work) {
    work.run();
    long best = Long.MAX_VALUE;
    for (int i = 0; i < repeats; i++) {
        long start = System.nanoTime();
        work.run();
        best = Math.min(best, System.nanoTime() - start);
    }
    return Math.max(best, 1) / 1e9;
}

// The 1-minute load average: how many programs wanted a core, on average, over the last minute.
double loadAverage() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
}

// The processor's name as Linux reports it (or "unknown").
String cpuName() {
    try {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
    } catch (Exception e) {
        return "unknown";
    }
}

// Each row of x (R, C) standardised to mean 0 and variance 1, one row at a time: about six
// NDArray operations per row, so 6·R trips through the JNI and the dispatcher.
NDArray standardiseRowsLoop(NDArray x) {
    long rows = x.getShape().get(0);
    NDList out = new NDList();
    for (long i = 0; i < rows; i++) {
        NDArray row = x.get(i);
        NDArray centred = row.sub(row.mean());
        out.add(centred.div(centred.square().mean().add(1e-5f).sqrt()));
    }
    return NDArrays.stack(out);
}

// One SGD step with momentum μ and weight decay λ, as PyTorch's SGD does it, written as
// separate whole-array operations (each one a full pass over memory):
//   g ← g + λ·p      v ← μ·v + g      p ← p − lr·v
void sgdStepOps(NDArray p, NDArray v, NDArray g, float lr, float mu, float wd) {
    try (NDArray decay = p.mul(wd);                   // op 1: reads p, writes a temporary
         NDArray grad = g.add(decay)) {               // op 2: reads g and the temporary
        v.muli(mu).addi(grad);                        // ops 3 and 4, in place
        try (NDArray step = v.mul(lr)) {              // op 5
            p.subi(step);                             // op 6, in place
        }
    }
}

// The fastest of `repeats` runs of f(x), in seconds; the arrays f creates are freed after each run.
double secondsOf(NDArray x, int repeats, Function<NDArray, NDArray> f) {
    return bestSeconds(repeats, () -> {
        try (NDManager scratch = x.getManager().newSubManager()) {
            x.tempAttach(scratch);      // results of operations on x now belong to scratch
            f.apply(x);
        }                               // frees them, and gives x back to its own manager
    });
}
