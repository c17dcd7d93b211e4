package dltutor.dl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.dataset.ArrayDataset;
import ai.djl.training.loss.Loss;
import dltutor.runtime.Display;
import dltutor.runtime.DjlRuntime;
import dltutor.runtime.Stop;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class FitTest {

    private NDManager manager;

    @BeforeAll
    static void engine() {
        DjlRuntime.configure();
        DjlRuntime.initThread();
    }

    @BeforeEach
    void open() {
        Stop.clear();
        Display.configure(false, true, 80);
        manager = NDManager.newBaseManager();
    }

    @AfterEach
    void close() {
        Stop.clear();
        manager.close();
    }

    private FitConfig.Builder quiet() {
        return FitConfig.builder()
                .setLoss(Loss.softmaxCrossEntropyLoss())
                .optQuiet(true)
                .optManager(manager);
    }

    @Test
    void lossFallsAndAccuracyPassesNinetyFivePercentOnSeparablePoints() {
        NDArray[] train = Synthetic.separable(manager, 512, 1);
        NDArray[] test = Synthetic.separable(manager, 256, 2);
        History h =
                Training.fit(
                        Synthetic.mlp(16, 2),
                        train[0],
                        train[1],
                        quiet().optAdam(0.01f)
                                .optEpochs(4)
                                .optValidation(test[0], test[1])
                                .build());
        assertEquals(4, h.epochs());
        assertEquals(64, h.steps());
        double[] loss = h.trainLoss();
        assertTrue(loss[3] < loss[0] / 2, "loss should fall: " + java.util.Arrays.toString(loss));
        assertTrue(h.finalAccuracy() >= 0.95, "validation accuracy " + h.finalAccuracy());
        assertFalse(h.stopped());
        assertTrue(h.stepsPerSecond() > 0);
    }

    @Test
    void aListenerRaisingTheStopFlagEndsTheRunBetweenStepsKeepingWhatWasLearned() {
        NDArray[] train = Synthetic.separable(manager, 512, 3);
        SequentialBlock net = Synthetic.mlp(8, 2);
        History h =
                Training.fit(
                        net,
                        train[0],
                        train[1],
                        quiet().optEpochs(50)
                                .optListener(
                                        new FitListener() {
                                            @Override
                                            public void onStep(
                                                    History history, long step, float loss) {
                                                if (step == 5) {
                                                    Stop.request();
                                                }
                                            }
                                        })
                                .build());
        assertTrue(h.stopped());
        assertEquals(5, h.steps());
        assertEquals(0, h.epochs());
        assertEquals(5, h.losses().length);
        // the parameters went back to their manager, alive and usable
        net.getParameters().values().forEach(p -> assertTrue(p.getArray().getManager() == manager));
        assertEquals(512, Evaluation.predict(net, train[0]).getShape().get(0));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aStopRequestFromAnotherThreadEndsALongRunEarly() throws InterruptedException {
        NDArray[] train = Synthetic.separable(manager, 256, 4);
        Thread ctrlC =
                new Thread(
                        () -> {
                            try {
                                Thread.sleep(300);
                            } catch (InterruptedException e) {
                                return;
                            }
                            Stop.request();
                        });
        ctrlC.start();
        long t0 = System.nanoTime();
        History h =
                Training.fit(
                        Synthetic.mlp(8, 2),
                        train[0],
                        train[1],
                        quiet().optSteps(1_000_000).build());
        ctrlC.join();
        assertTrue(h.stopped());
        assertTrue(h.steps() > 0 && h.steps() < 1_000_000, "steps " + h.steps());
        assertTrue((System.nanoTime() - t0) / 1e9 < 10);
    }

    @Test
    void seededRunsAreIdentical() {
        NDArray[] train = Synthetic.separable(manager, 256, 5);
        double[][] runs = new double[2][];
        for (int r = 0; r < 2; r++) {
            Toolkit.seed(42);
            SequentialBlock net =
                    new SequentialBlock()
                            .add(ai.djl.nn.core.Linear.builder().setUnits(16).build())
                            .add(ai.djl.nn.Activation::relu)
                            .add(ai.djl.nn.norm.Dropout.builder().optRate(0.3f).build())
                            .add(ai.djl.nn.core.Linear.builder().setUnits(2).build());
            runs[r] = Training.fit(net, train[0], train[1], quiet().optEpochs(2).build()).losses();
        }
        assertEquals(16, runs[0].length);
        assertArrayEquals(runs[0], runs[1]);
        Toolkit.seed(43);
        double[] other =
                Training.fit(Synthetic.mlp(16, 2), train[0], train[1], quiet().optEpochs(2).build())
                        .losses();
        assertFalse(java.util.Arrays.equals(runs[0], other), "another seed gives another run");
    }

    @Test
    void aStepBudgetGoesRoundTheDataAsOftenAsNeeded() {
        NDArray[] train =
                Synthetic.separable(
                        manager, 100, 6); // 4 steps per epoch at batch 32 (last batch 4)
        History h =
                Training.fit(Synthetic.mlp(8, 2), train[0], train[1], quiet().optSteps(10).build());
        assertEquals(10, h.steps());
        assertEquals(
                3, h.epochs()); // 4 + 4 + 2 steps; the partial last epoch still counts at the end
        assertFalse(h.stopped());
    }

    @Test
    void trainsOnADjlDatasetWithValidation() {
        NDArray[] train = Synthetic.separable(manager, 256, 7);
        NDArray[] test = Synthetic.separable(manager, 128, 8);
        ArrayDataset trainSet =
                new ArrayDataset.Builder()
                        .setData(train[0])
                        .optLabels(train[1])
                        .setSampling(32, true)
                        .build();
        ArrayDataset testSet =
                new ArrayDataset.Builder()
                        .setData(test[0])
                        .optLabels(test[1])
                        .setSampling(64, false)
                        .build();
        History h =
                Training.fit(
                        Synthetic.mlp(16, 2),
                        trainSet,
                        quiet().optAdam(0.02f).optEpochs(3).optValidation(testSet).build());
        assertEquals(24, h.steps());
        assertEquals(3, h.valAccuracy().length);
        assertTrue(h.finalAccuracy() > 0.9, "accuracy " + h.finalAccuracy());
    }

    @Test
    void plainSgdWithGradientClippingAndL2LossTrainsARegression() {
        float[] xs = new float[200];
        float[] ys = new float[200];
        for (int i = 0; i < 200; i++) {
            xs[i] = i / 100f - 1;
            ys[i] = 3 * xs[i] + 0.5f;
        }
        NDArray x = manager.create(xs, new ai.djl.ndarray.types.Shape(200, 1));
        NDArray y = manager.create(ys, new ai.djl.ndarray.types.Shape(200, 1));
        ai.djl.nn.core.Linear line = ai.djl.nn.core.Linear.builder().setUnits(1).build();
        History h =
                Training.fit(
                        line,
                        x,
                        y,
                        FitConfig.builder()
                                .setLoss(Loss.l2Loss())
                                .optSgd(0.3f)
                                .optClipGradNorm(5)
                                .optEpochs(30)
                                .optQuiet(true)
                                .optManager(manager)
                                .build());
        assertTrue(Double.isNaN(h.finalAccuracy()), "no accuracy for a regression");
        float[] w = line.getParameters().get("weight").getArray().toFloatArray();
        float[] b = line.getParameters().get("bias").getArray().toFloatArray();
        assertEquals(3, w[0], 0.05);
        assertEquals(0.5, b[0], 0.05);
    }

    @Test
    void anErrorInsideTheLoopLeavesTheBlockAndTheEngineUsable() {
        NDArray[] train = Synthetic.separable(manager, 64, 9);
        SequentialBlock net = Synthetic.mlp(8, 2);
        NDArray badLabels = manager.zeros(new ai.djl.ndarray.types.Shape(64, 3, 5));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FitConfig config =
                quiet().optQuiet(false)
                        .optOutput(new PrintStream(bytes, true, StandardCharsets.UTF_8))
                        .build();
        org.junit.jupiter.api.Assertions.assertThrows(
                RuntimeException.class, () -> Training.fit(net, train[0], badLabels, config));
        net.getParameters().values().forEach(p -> assertTrue(p.getArray().getManager() == manager));
        History h =
                Training.fit(net, train[0], train[1], quiet().build()); // collector was released
        assertEquals(2, h.steps());
    }

    @Test
    void onADumbTerminalTheProgressUsesOnlyCarriageReturnsAndTheChartComesAtTheEnd() {
        Display.configure(false, false, 60);
        NDArray[] train = Synthetic.separable(manager, 128, 10);
        NDArray[] test = Synthetic.separable(manager, 64, 11);
        String out = run(train, test);
        assertFalse(out.contains("\u001B"), "no escape codes on a dumb terminal");
        assertTrue(out.startsWith("Training SequentialBlock ("), out);
        assertTrue(out.contains("\repoch 1/2  step 4/4"), out);
        assertTrue(out.contains("epoch 1/2  loss "), out);
        assertTrue(out.contains("val acc "), out);
        assertTrue(out.contains("+--"), "an ASCII chart: " + out);
        assertTrue(out.contains("Done: 8 steps"), out);
        for (String line : out.split("\n")) {
            if (line.contains("\r")) {
                for (String segment : line.split("\r")) {
                    assertTrue(
                            segment.length() <= 60, "a rewritten line must not wrap: " + segment);
                }
            }
        }
    }

    @Test
    void onAnAnsiTerminalTheChartIsRedrawnInPlaceAfterEachEpoch() {
        Display.configure(true, true, 80);
        NDArray[] train = Synthetic.separable(manager, 128, 10);
        NDArray[] test = Synthetic.separable(manager, 64, 11);
        String out = run(train, test);
        assertTrue(out.contains("\r\u001B[K"), "the status line is cleared with ESC[K");
        assertTrue(
                out.matches("(?s).*\u001B\\[\\d+A\r\u001B\\[J.*"),
                "cursor up and erase before redrawing");
        assertTrue(out.chars().anyMatch(c -> c > 0x2800 && c <= 0x28FF), "braille");
    }

    private String run(NDArray[] train, NDArray[] test) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FitConfig config =
                FitConfig.builder()
                        .setLoss(Loss.softmaxCrossEntropyLoss())
                        .optEpochs(2)
                        .optValidation(test[0], test[1])
                        .optManager(manager)
                        .optOutput(new PrintStream(bytes, true, StandardCharsets.UTF_8))
                        .build();
        Training.fit(Synthetic.mlp(8, 2), train[0], train[1], config);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void softmaxRegressionTrainsAlthoughItsGradientsSumToZero() {
        // One Linear layer under softmax cross-entropy: DJL's Trainer would refuse the first
        // step ("Gradient values are all zeros") because the gradients sum to exactly 0.
        NDArray[] train = Synthetic.separable(manager, 256, 12);
        ai.djl.nn.core.Linear softmaxRegression =
                ai.djl.nn.core.Linear.builder().setUnits(2).build();
        History h =
                Training.fit(
                        softmaxRegression,
                        train[0],
                        train[1],
                        quiet().optSgd(0.5f)
                                .optEpochs(3)
                                .optValidation(train[0], train[1])
                                .build());
        assertTrue(h.finalAccuracy() > 0.95, "accuracy " + h.finalAccuracy());
    }
}
