// 30-energy: run silently when the lesson starts.
// Public figures (each with its source in papers/), the machine's power (RAPL counters when the
// kernel exposes them and they are readable, otherwise a stated estimate), and a small MLP for
// a fresh training run.
import ai.djl.nn.Activation;
import dltutor.data.Split;

// An accelerator's datasheet figures: dense 16-bit peak and maximum board power (TDP).
record Accelerator(String name, double peakFlops, double watts, String source) {}

Accelerator V100 = new Accelerator("NVIDIA V100 SXM2", 125e12, 300, "papers/2017-nvidia-v100-datasheet.md");
Accelerator A100 = new Accelerator("NVIDIA A100 SXM", 312e12, 400, "papers/2020-nvidia-a100-datasheet.md");
Accelerator H100 = new Accelerator("NVIDIA H100 SXM", 989e12, 700, "papers/2022-nvidia-h100-datasheet.md");

// Published training runs.
double GPT3_FLOPS = 3.14e23;         // Brown et al. 2020, table D.1 (3,640 petaflop/s-days)
double GPT3_MWH = 1287;              // Patterson et al. 2021, table 4: 10,000 V100s, 14.8 days, PUE 1.10
double LLAMA3_FLOPS = 3.8e25;        // Llama 3 405B, Dubey et al. 2024: up to 16,384 H100s, MFU 38–43 %

// Whole-server power per accelerator: an 8-GPU NVIDIA DGX H100 is rated 10.2 kW at most, that is
// 1,275 W per GPU against the GPU's own 700 W: a factor of about 1.8 for CPUs, memory, network, fans.
double SERVER_FACTOR = 10_200.0 / 8 / 700;

// The machine's power: RAPL energy counters when present and readable, otherwise an estimate.
record MachinePower(double watts, String how) {}

Path raplPackage() {                                   // the first package domain, if any
    Path base = Path.of("/sys/class/powercap");
    if (!Files.isDirectory(base)) return null;
    try (var s = Files.list(base)) {
        return s.filter(p -> p.getFileName().toString().matches("(intel|amd)-rapl:\\d+"))
                .filter(p -> Files.isReadable(p.resolve("energy_uj"))).sorted().findFirst().orElse(null);
    } catch (IOException e) {
        return null;
    }
}

long readLong(Path p) {
    try {
        return Long.parseLong(Files.readString(p).trim());
    } catch (IOException | NumberFormatException e) {
        throw new IllegalStateException("cannot read " + p + ": " + e.getMessage());
    }
}

// Busy work for about `seconds`: float32 matrix products, so the counters see the CPU working.
void busy(double seconds) {
    try (NDManager m = manager().newSubManager()) {
        NDArray a = m.randomNormal(new Shape(512, 512));
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < end) a.matMul(a).close();
    }
}

// The estimate used without RAPL: 10 W for each core this JVM may use (a server CPU's TDP shared
// among its cores is 3–6 W a core; memory, board and fans about as much again). An assumption.
double WATTS_PER_CORE_ESTIMATE = 10;

double estimatedWatts() {
    return WATTS_PER_CORE_ESTIMATE * Runtime.getRuntime().availableProcessors();
}

// A small multilayer perceptron for the fresh run: 784 → 128 → 10.
Block smallMlp() {
    return new SequentialBlock().add(Linear.builder().setUnits(128).build()).add(Activation::relu)
            .add(Linear.builder().setUnits(10).build());
}

String si(double v, String unit) {
    String[] prefixes = {"", "k", "M", "G", "T", "P", "E", "Z", "Y"};
    int i = 0;
    double x = Math.abs(v);
    while (x >= 1000 && i < prefixes.length - 1) { x /= 1000; i++; }
    return String.format("%.3g %s%s", Math.signum(v) * x, prefixes[i], unit);
}
