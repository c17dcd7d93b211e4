package dltutor.dl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import dltutor.render.ColorMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EvaluationTest {

    @RegisterExtension final EngineManager engine = new EngineManager();

    @Test
    void accuracyForClassScoresAndForBinaryLogits() {
        NDArray scores =
                engine.manager()
                        .create(new float[] {2, 1, 0, 0, 3, 1, 1, 0, 5, 9, 1, 1}, new Shape(4, 3));
        // argmax per row: 0, 1, 2, 0
        assertEquals(
                0.75,
                Evaluation.accuracy(scores, engine.manager().create(new float[] {0, 1, 2, 1})));
        assertEquals(
                0.75,
                Evaluation.accuracy(
                        scores, engine.manager().create(new int[] {0, 1, 2, 1}).reshape(4, 1)));
        NDArray logits = engine.manager().create(new float[] {2, -1, 0.5f, -3}, new Shape(4, 1));
        assertEquals(
                0.5,
                Evaluation.accuracy(logits, engine.manager().create(new float[] {1, 0, 0, 1})));
        assertEquals(
                0.5,
                Evaluation.accuracy(
                        logits.reshape(4), engine.manager().create(new float[] {1, 0, 0, 1})));
    }

    @Test
    void forwardRunsOneBatchInTheChosenModeAndIsDifferentiable() {
        SequentialBlock net =
                new SequentialBlock()
                        .add(ai.djl.nn.core.Linear.builder().setUnits(3).build())
                        .add(ai.djl.nn.norm.Dropout.builder().optRate(0.5f).build());
        net.initialize(engine.manager(), DataType.FLOAT32, new Shape(64, 5));
        NDArray x = engine.manager().randomNormal(new Shape(64, 5));
        NDArray inference = Evaluation.forward(net, x, false);
        NDArray spelledOut =
                net.forward(new ParameterStore(engine.manager(), false), new NDList(x), false)
                        .head();
        assertArrayEquals(spelledOut.toFloatArray(), inference.toFloatArray());
        assertArrayEquals(
                Evaluation.predict(net, x).toFloatArray(), inference.toFloatArray(), 1e-6f);
        float[] trained = Evaluation.forward(net, x, true).toFloatArray();
        int zeros = 0;
        for (float v : trained) {
            zeros += v == 0 ? 1 : 0;
        }
        assertTrue(
                zeros > 40 && zeros < 150,
                "training mode drops about half of 192 outputs, dropped " + zeros);
        NDArray w = net.getParameters().get(0).getValue().getArray();
        try (ai.djl.training.GradientCollector gc =
                ai.djl.engine.Engine.getInstance().newGradientCollector()) {
            gc.backward(Evaluation.forward(net, x, false).sum());
        }
        assertTrue(w.getGradient().abs().sum().getFloat() > 0, "the output is differentiable");
        assertThrows(
                IllegalStateException.class,
                () ->
                        Evaluation.forward(
                                new SequentialBlock()
                                        .add(ai.djl.nn.core.Linear.builder().setUnits(2).build()),
                                x,
                                false));
        NDArray ones = engine.manager().ones(new Shape(1000));
        NDArray kept =
                Evaluation.forward(
                        ai.djl.nn.norm.Dropout.builder().optRate(0.8f).build(), ones, false);
        assertArrayEquals(
                ones.toFloatArray(),
                kept.toFloatArray(),
                "a block without parameters needs no initialisation");
    }

    @Test
    void confusionMatrixAndPerClassAccuracy() {
        int[] actual = {0, 0, 1, 1, 1, 2};
        int[] predicted = {0, 1, 1, 1, 0, 1};
        int[][] m = Evaluation.confusionMatrix(actual, predicted, 4);
        assertArrayEquals(new int[] {1, 1, 0, 0}, m[0]);
        assertArrayEquals(new int[] {1, 2, 0, 0}, m[1]);
        assertArrayEquals(new int[] {0, 1, 0, 0}, m[2]);
        double[] per = Evaluation.perClassAccuracy(m);
        assertEquals(0.5, per[0]);
        assertEquals(2 / 3.0, per[1], 1e-12);
        assertEquals(0.0, per[2]);
        assertTrue(Double.isNaN(per[3]), "no examples of class 3");
        assertThrows(
                IllegalArgumentException.class,
                () -> Evaluation.confusionMatrix(new int[] {5}, new int[] {0}, 3));
    }

    @Test
    void goldenConfusionText() {
        String expected =
                """
                confusion matrix: rows = true class, columns = predicted
                     cat dog
                cat    5   1
                dog    2  12
                accuracy 85.0% (17 of 20); per class:  cat 83.3%  dog 85.7%
                """;
        assertEquals(
                expected,
                Evaluation.renderConfusion(
                        new int[][] {{5, 1}, {2, 12}}, ColorMode.ASCII, "cat", "dog"));
    }

    @Test
    void predictInBatchesEqualsOneForwardPassAndLeavesOnlyItsResult() {
        SequentialBlock net = Synthetic.mlp(8, 3);
        net.initialize(engine.manager(), DataType.FLOAT32, new Shape(1, 2));
        NDArray x = engine.manager().randomNormal(new Shape(23, 2));
        float[] whole =
                net.forward(new ParameterStore(engine.manager(), false), new NDList(x), false)
                        .head()
                        .toFloatArray();
        long before = Inspect.liveArrays();
        NDArray batched = Evaluation.predict(net, x, 7);
        assertEquals(before + 1, Inspect.liveArrays(), "only the result stays alive");
        assertEquals(new Shape(23, 3), batched.getShape());
        assertTrue(batched.getManager() == engine.manager());
        assertArrayEquals(whole, batched.toFloatArray(), 1e-6f);
        int[] classes = Evaluation.predictClasses(net, x);
        assertEquals(23, classes.length);
        assertEquals(Evaluation.accuracy(batched, engine.manager().create(classes)), 1.0);
        int[][] m = Evaluation.confusionMatrix(net, x, engine.manager().create(classes));
        assertEquals(23, m[0][0] + m[1][1] + (m.length > 2 ? m[2][2] : 0));
    }

    @Test
    void predictRefusesAnUninitialisedBlockWithAHelpfulMessage() {
        IllegalStateException e =
                assertThrows(
                        IllegalStateException.class,
                        () ->
                                Evaluation.predict(
                                        Synthetic.mlp(4, 2),
                                        engine.manager().zeros(new Shape(2, 2))));
        assertTrue(e.getMessage().contains("fit("));
    }
}
