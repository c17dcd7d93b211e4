package dltutor.dl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.recurrent.LSTM;
import ai.djl.training.loss.Loss;
import dltutor.runtime.Display;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code runs.jsonl}: every fit appends a line; a corrupt line is skipped; FLOPs are counted. */
class RunsTest {

    @RegisterExtension final EngineManager engine = new EngineManager();
    @TempDir Path home;

    @BeforeEach
    void open() {
        Display.configure(false, true, 80);
    }

    @AfterEach
    void close() {
        Runs.configure(null);
        Runs.lesson("");
    }

    private History fit(SequentialBlock net, int n) {
        NDArray[] train = Synthetic.separable(engine.manager(), n, 1);
        return Training.fit(
                net,
                train[0],
                train[1],
                FitConfig.builder()
                        .setLoss(Loss.softmaxCrossEntropyLoss())
                        .optQuiet(true)
                        .optManager(engine.manager())
                        .optBatchSize(32)
                        .optEpochs(2)
                        .build());
    }

    @Test
    void everyFitAppendsOneLineWithItsStepsExamplesAndCountedFlops() throws Exception {
        Path file = home.resolve("runs.jsonl");
        Runs.configure(file);
        Runs.lesson("02-labeled-datasets");
        fit(Synthetic.mlp(16, 2), 256);
        fit(Synthetic.mlp(8, 2), 128);

        List<String> lines = Files.readAllLines(file);
        assertEquals(2, lines.size());
        List<Runs.Run> runs = Runs.all();
        assertEquals(2, runs.size());
        Runs.Run first = runs.get(0);
        assertEquals("02-labeled-datasets", first.lesson());
        assertEquals(16, first.steps()); // 256 / 32 per epoch, 2 epochs
        assertEquals(512, first.examples());
        assertEquals(2 * 16 + 16 + 16 * 2 + 2, first.parameters());
        assertEquals("counted", first.flopsMethod());
        // forward: 2·(2·16 + 16·2) per example; training: 3 forward passes
        assertEquals(3.0 * 2 * (2 * 16 + 16 * 2) * 512, first.flops(), 1e-6);
        assertTrue(first.seconds() > 0);
        assertFalse(first.stopped());
    }

    @Test
    void aCorruptLineIsSkippedAndCountedAndTheRestStillReads() throws Exception {
        Path file = home.resolve("runs.jsonl");
        Runs.configure(file);
        fit(Synthetic.mlp(4, 2), 64);
        Files.writeString(
                file,
                "{\"time\":\"2026-12-02T10:00:00Z\",\"lesson\":\"x\",\"ste\n" // cut mid-write
                        + "not json at all\n"
                        + "[1,2]\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        fit(Synthetic.mlp(4, 2), 64);

        Runs.Read read = Runs.read();
        assertEquals(2, read.runs().size());
        assertEquals(3, read.unreadable());
        String table = Runs.render(read, false);
        assertTrue(table.contains("3 unreadable lines skipped"), table);
        assertTrue(table.contains("All 2 trainings"), table);
    }

    @Test
    void aMissingFileHoldsNoRunsAndSaysHowToMakeOne() {
        Runs.configure(home.resolve("none.jsonl"));
        Runs.Read read = Runs.read();
        assertTrue(read.runs().isEmpty());
        assertTrue(Runs.render(read, true).contains("No trainings recorded yet"));
    }

    @Test
    void withoutAFileTheRunsOfThisJvmAreKept() {
        Runs.configure(null);
        int before = Runs.all().size();
        fit(Synthetic.mlp(4, 2), 64);
        assertEquals(before + 1, Runs.all().size());
    }

    @Test
    void concurrentAppendsNeverInterleave() throws Exception {
        Path file = home.resolve("runs.jsonl");
        String line = "{\"time\":\"t\",\"lesson\":\"" + "x".repeat(3000) + "\"}\n";
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            done.add(
                    pool.submit(
                            () -> {
                                Runs.append(file, line);
                                return null;
                            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        for (String l : Files.readAllLines(file)) {
            assertEquals(line.strip(), l);
        }
        assertEquals(40, Files.readAllLines(file).size());
    }

    @Test
    void flopsOfLinearAndConvolutionFollowTwoPerMultiplyAdd() {
        SequentialBlock cnn =
                new SequentialBlock()
                        .add(
                                Conv2d.builder()
                                        .setFilters(16)
                                        .setKernelShape(new Shape(3, 3))
                                        .optPadding(new Shape(1, 1))
                                        .build())
                        .add(Activation::relu)
                        .add(Blocks.batchFlattenBlock())
                        .add(Linear.builder().setUnits(10).build());
        Shape in = new Shape(4, 3, 8, 8);
        cnn.initialize(engine.manager(), DataType.FLOAT32, in);
        long conv = 2L * 3 * 3 * 3 * (4 * 16 * 8 * 8);
        long linear = 2L * 4 * (16 * 8 * 8) * 10;
        assertEquals(conv + linear, Flops.forward(cnn, in));
        assertEquals(2 * (conv + linear), Flops.forward(cnn, new Shape(8, 3, 8, 8)));
    }

    @Test
    void aRecurrentLayerCannotBeCountedAndTheRunFallsBackToSixND() throws Exception {
        SequentialBlock rnn =
                new SequentialBlock()
                        .add(
                                LSTM.builder()
                                        .setStateSize(8)
                                        .setNumLayers(1)
                                        .optBatchFirst(true)
                                        .build());
        Shape in = new Shape(2, 5, 3);
        rnn.initialize(engine.manager(), DataType.FLOAT32, in);
        assertFalse(Flops.countable(rnn));
        UnsupportedOperationException e =
                assertThrows(UnsupportedOperationException.class, () -> Flops.forward(rnn, in));
        assertTrue(e.getMessage().contains("LSTM"), e.getMessage());

        Path file = home.resolve("runs.jsonl");
        Runs.configure(file);
        Runs.record(rnn, in, 10, 5, 1.0, "cpu()", true);
        Runs.Run r = Runs.all().get(0);
        assertEquals("6ND", r.flopsMethod());
        assertEquals(6.0 * r.parameters() * 10, r.flops(), 1e-6);
        assertTrue(r.stopped());
        assertTrue(Runs.render(Runs.read(), true).contains("6 × parameters × examples"));
    }

    @Test
    void anUninitialisedBlockIsRefusedWithAClearMessage() {
        IllegalStateException e =
                assertThrows(
                        IllegalStateException.class,
                        () -> Flops.forward(Synthetic.mlp(4, 2), new Shape(1, 2)));
        assertTrue(e.getMessage().contains("initialise"), e.getMessage());
    }
}
