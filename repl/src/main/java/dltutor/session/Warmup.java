package dltutor.session;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import jdk.jshell.JShell;

/**
 * Compiles throwaway snippets in a private JShell while the learner reads, so that the JIT has
 * compiled javac before the learner's own snippets need it.
 *
 * <p>JShell compiles every snippet with javac, which runs in this JVM. Until the JIT has compiled
 * javac's hot paths, a trivial snippet such as {@code 1 + 1} takes three to four times longer than
 * later in the session; measured here (2 cores), the median falls from about 100 ms to about 30 ms
 * over the first 400 snippets. A learner types a few hundred snippets in a whole lesson, so without
 * help most of them would pay that price. This warm-up pays it in the background during the first
 * minute, pausing whenever a snippet of the learner's runs, and never touches the learner's
 * session: it has its own JShell, with the same imports, and only plain-Java snippets (no engine
 * calls).
 */
public final class Warmup {
    /** Varied snippets: declarations, expressions, generics, lambdas, loops, the imported names. */
    private static final List<String> SNIPPETS =
            List.of(
                    "1 + 1",
                    "int twice(int x) { return 2 * x; }",
                    "twice(21)",
                    "var list = new ArrayList<Integer>(List.of(3, 1, 2));",
                    "list.stream().map(i -> i * i).collect(Collectors.toList())",
                    "double[] w = {0.5, -1.25, 2.0};",
                    "Arrays.stream(w).map(Math::abs).sum()",
                    "String label = String.format(\"%.3f\", Math.exp(-1));",
                    "class Pair { double a, b; Pair(double a, double b) { this.a = a; this.b = b; } double sum() { return a + b; } }",
                    "new Pair(1, 2).sum()",
                    "Shape shape = new Shape(2, 3, 4);",
                    "shape.size()",
                    "for (int i = 0; i < 3; i++) { w[i % w.length] += i; }",
                    "Map<String, Integer> counts = new HashMap<>(); counts.merge(\"a\", 1, Integer::sum);",
                    "record Point(double x, double y) { double norm() { return Math.hypot(x, y); } }",
                    "new Point(3, 4).norm()",
                    "Random r = new Random(1); r.nextGaussian()",
                    "Math.max(w[0], w[1]) / (1 + Math.sqrt(2))");

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    /** The tutor reaches its prompt in about a second; the warm-up starts after that. */
    private static final long START_DELAY_MS = 1500;

    private Warmup() {}

    /**
     * Starts the warm-up on a daemon thread, once per JVM.
     *
     * @param imports the session's import lines
     * @param rounds how many times to go through the snippets
     * @param busy whether the learner's snippet is running (the warm-up waits while it is)
     */
    public static void startInBackground(String imports, int rounds, BooleanSupplier busy) {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> run(imports, rounds, busy, START_DELAY_MS), "dltutor-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Runs the warm-up on the calling thread; returns the number of snippets compiled. */
    public static int run(String imports, int rounds, BooleanSupplier busy) {
        return run(imports, rounds, busy, 0);
    }

    private static int run(String imports, int rounds, BooleanSupplier busy, long delayMillis) {
        int n = 0;
        try {
            Thread.sleep(delayMillis); // let the tutor reach its first prompt undisturbed
        } catch (InterruptedException e) {
            return 0;
        }
        try (JShell shell =
                JShell.builder()
                        .executionEngine("local")
                        .compilerOptions(Session.COMPILER_OPTIONS)
                        .build()) {
            shell.addToClasspath(System.getProperty("java.class.path"));
            for (String line : imports.split("\n")) {
                shell.eval(line);
            }
            byte[] sample = sampleClassFile();
            for (int round = 0; round < rounds; round++) {
                if (sample != null) {
                    SnippetWeaver.weave(sample); // the learner's snippets are woven as they load
                }
                for (String s : SNIPPETS) {
                    while (busy.getAsBoolean()) {
                        Thread.sleep(50);
                    }
                    shell.eval(s);
                    n++;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | LinkageError e) {
            // a warm-up is an optimisation; whatever goes wrong here must not reach the learner
        }
        return n;
    }

    /** A class file with loops, calls and lambdas to weave, or null if it cannot be read. */
    private static byte[] sampleClassFile() {
        try (var in = Warmup.class.getResourceAsStream("Warmup.class")) {
            return in == null ? null : in.readAllBytes();
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
