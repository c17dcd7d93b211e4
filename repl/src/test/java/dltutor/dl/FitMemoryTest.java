package dltutor.dl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Native memory stays flat over repeated trainings in one session (DESIGN.md's target): the number
 * of live native arrays, counted over every engine.manager() of the engine, does not grow with the
 * number of runs.
 */
class FitMemoryTest {

    @RegisterExtension final EngineManager engine = new EngineManager();

    private FitConfig.Builder config(NDArray[] val) {
        return FitConfig.builder()
                .setLoss(Loss.softmaxCrossEntropyLoss())
                .optEpochs(2)
                .optQuiet(true)
                .optManager(engine.manager())
                .optValidation(val[0], val[1]);
    }

    @Test
    void tenFitsOfTheSameBlockLeaveNoArraysBehind() throws IOException {
        NDArray[] train = Synthetic.separable(engine.manager(), 256, 1);
        NDArray[] val = Synthetic.separable(engine.manager(), 64, 2);
        SequentialBlock net = Synthetic.mlp(16, 2);
        Training.fit(
                net,
                train[0],
                train[1],
                config(val).build()); // initialises the block: 4 parameters
        long arrays = Inspect.liveArrays();
        long bytes = Inspect.liveBytes();
        long rss = residentKb();
        for (int run = 0; run < 10; run++) {
            Training.fit(net, train[0], train[1], config(val).build());
        }
        long grown = Inspect.liveArrays() - arrays;
        System.out.printf(
                "memory: 10 more fits of a 2-16-2 MLP: live arrays %d -> %d, bytes %d -> %d, "
                        + "RSS %d kB -> %d kB%n",
                arrays, arrays + grown, bytes, Inspect.liveBytes(), rss, residentKb());
        assertEquals(0, grown, "live native arrays after 10 more fits");
        assertEquals(bytes, Inspect.liveBytes());
    }

    @Test
    void aNewModelPerRunCostsOnlyItsParameters() {
        NDArray[] train = Synthetic.separable(engine.manager(), 256, 3);
        NDArray[] val = Synthetic.separable(engine.manager(), 64, 4);
        Training.fit(Synthetic.mlp(16, 2), train[0], train[1], config(val).build());
        long arrays = Inspect.liveArrays();
        for (int run = 0; run < 10; run++) {
            Training.fit(Synthetic.mlp(16, 2), train[0], train[1], config(val).build());
        }
        assertEquals(
                10 * 4,
                Inspect.liveArrays() - arrays,
                "4 parameters (2 weights, 2 biases) per new MLP");
    }

    @Test
    void aReusedOptimizerKeepsOneCopyOfItsState() {
        NDArray[] train = Synthetic.separable(engine.manager(), 256, 5);
        NDArray[] val = Synthetic.separable(engine.manager(), 64, 6);
        SequentialBlock net = Synthetic.mlp(16, 2);
        Optimizer adam = Optimizer.adam().build();
        long before = Inspect.liveArrays();
        Training.fit(net, train[0], train[1], config(val).optOptimizer(adam).build());
        long arrays = Inspect.liveArrays();
        assertEquals(4 + 8, arrays - before, "4 parameters, Adam's two moments for each");
        for (int run = 0; run < 5; run++) {
            Training.fit(net, train[0], train[1], config(val).optOptimizer(adam).build());
        }
        assertEquals(arrays, Inspect.liveArrays());
    }

    @Test
    void theStateOfAnOptimizerThatWasDroppedIsFreedByALaterFit() throws InterruptedException {
        NDArray[] train = Synthetic.separable(engine.manager(), 64, 7);
        NDArray[] val = Synthetic.separable(engine.manager(), 32, 8);
        SequentialBlock net = Synthetic.mlp(8, 2);
        Training.fit(net, train[0], train[1], config(val).build());
        long arrays = Inspect.liveArrays();
        for (int run = 0; run < 5; run++) {
            fitWithAFreshAdam(
                    net, train, val); // each leaves 8 moment arrays until its Adam is garbage
        }
        assertEquals(arrays + 5 * 8, Inspect.liveArrays());
        long after = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 20 && after > arrays + 8; attempt++) {
            System.gc();
            Thread.sleep(25);
            fitWithAFreshAdam(net, train, val);
            after = Inspect.liveArrays();
        }
        assertTrue(
                after <= arrays + 8, "only the last Adam's state may remain: " + (after - arrays));
    }

    private void fitWithAFreshAdam(SequentialBlock net, NDArray[] train, NDArray[] val) {
        Training.fit(
                net,
                train[0],
                train[1],
                config(val).optOptimizer(Optimizer.adam().build()).build());
    }

    @Test
    void residentMemoryStaysFlatOverTenFitsOfAMillionParameterModel() throws IOException {
        // Resident memory is noisy inside a shared test JVM; the array counts above are the
        // deterministic guard, and scripts/bench measures memory in a JVM of its own.
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Boolean.getBoolean("dltutor.bench"),
                "memory benchmark: run with -Ddltutor.bench=true, or scripts/bench");
        // Invisible to liveArrays(): arrays DJL detaches from every engine.manager(). A leak of
        // Adam's
        // state here would cost 2 × 4 MB per run, 80 MB over the ten runs.
        NDArray x = engine.manager().randomNormal(new ai.djl.ndarray.types.Shape(64, 1000));
        NDArray y =
                engine.manager()
                        .randomInteger(
                                0,
                                10,
                                new ai.djl.ndarray.types.Shape(64),
                                ai.djl.ndarray.types.DataType.FLOAT32);
        SequentialBlock net = Synthetic.mlp(1000, 10);
        FitConfig config =
                FitConfig.builder()
                        .setLoss(Loss.softmaxCrossEntropyLoss())
                        .optQuiet(true)
                        .optManager(engine.manager())
                        .build();
        for (int run = 0; run < 3; run++) {
            Training.fit(net, x, y, config); // warm up the allocator
        }
        long rss = residentKb();
        for (int run = 0; run < 10; run++) {
            Training.fit(net, x, y, config);
        }
        long grown = residentKb() - rss;
        System.out.printf(
                "memory: 10 fits of a 1000-1000-10 MLP (1.0 M parameters): RSS %+d kB%n", grown);
        if (rss > 0) {
            assertTrue(grown < 30_000, "RSS grew by " + grown + " kB");
        }
    }

    /** The process's resident set size in kB (Linux), or -1. */
    private static long residentKb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }
}
