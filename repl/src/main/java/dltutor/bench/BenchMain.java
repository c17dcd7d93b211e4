package dltutor.bench;

import dltutor.runtime.DjlRuntime;
import dltutor.session.SessionHost;
import dltutor.session.Startup;
import java.util.List;

/**
 * The in-JVM half of {@code scripts/bench}: {@code java dltutor.bench.BenchMain latency|fit|memory
 * [quick]}. Each measurement prints one JSON line: {@code {"name":…, "ours":…, "peer":…, "unit":…,
 * "note":…}}.
 */
public final class BenchMain {
    private BenchMain() {}

    /** Runs one benchmark group. */
    public static void main(String[] args) throws Exception {
        DjlRuntime.configure();
        boolean quick = args.length > 1 && args[1].equals("quick");
        switch (args.length == 0 ? "" : args[0]) {
            case "latency" -> latency(quick);
            case "fit" -> dltutor.bench.Throughput.run(quick);
            case "memory" -> dltutor.bench.Memory.run(quick);
            default -> {
                System.err.println("usage: BenchMain latency|fit|memory [quick]");
                System.exit(2);
            }
        }
        System.exit(0);
    }

    /**
     * Median evaluation time of trivial snippets in a tutor session, as the learner feels it: first
     * cold (the first snippets of a fresh JVM, before the JIT has compiled javac), then after the
     * warm-up the interactive tutor runs in the background while the learner reads.
     */
    static void latency(boolean quick) {
        try (SessionHost host = new SessionHost()) {
            host.start(null, List.of());
            host.awaitReady();
            int runs = quick ? 30 : 100;
            String[][] snippets = {
                {"snippet 1+1", "1 + 1"},
                {"snippet small NDArray op", "manager().ones(new Shape(2, 2)).add(1)"}
            };
            for (String[] s : snippets) {
                double[] ms = time(host, s[1], 30);
                Stats.emit(
                        s[0] + ", cold",
                        Stats.median(ms),
                        Double.NaN,
                        "ms",
                        "median of the first 30 in a fresh JVM (informational)");
            }
            long t0 = System.nanoTime();
            int compiled = dltutor.session.Warmup.run(Startup.script(), 20, () -> false);
            System.err.printf(
                    "warm-up: %d snippets in %.1f s%n", compiled, (System.nanoTime() - t0) / 1e9);
            for (String[] s : snippets) {
                time(host, s[1], 10);
                double[] ms = time(host, s[1], runs);
                Stats.emit(
                        s[0],
                        Stats.median(ms),
                        Double.NaN,
                        "ms",
                        "median of "
                                + runs
                                + " after the tutor's background warm-up ("
                                + compiled
                                + " snippets)");
            }
        }
    }

    private static double[] time(SessionHost host, String snippet, int runs) {
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            host.evalQuiet(snippet);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        return ms;
    }
}
