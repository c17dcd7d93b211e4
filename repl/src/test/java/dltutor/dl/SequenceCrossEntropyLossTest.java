package dltutor.dl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dltutor.runtime.DjlRuntime;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SequenceCrossEntropyLossTest {

    private NDManager manager;

    @BeforeAll
    static void engine() {
        DjlRuntime.configure();
        DjlRuntime.initThread();
    }

    @BeforeEach
    void open() {
        manager = NDManager.newBaseManager();
    }

    @AfterEach
    void close() {
        manager.close();
    }

    @Test
    void meanNegativeLogLikelihoodOverTheUnpaddedPositions() {
        int b = 2;
        int t = 3;
        int v = 4;
        Random r = new Random(1);
        float[] logits = new float[b * t * v];
        for (int i = 0; i < logits.length; i++) {
            logits[i] = (float) r.nextGaussian();
        }
        float[] labels = {3, 0, -100, 1, -100, -100}; // 3 real tokens, 3 padding
        double sum = 0;
        int count = 0;
        for (int pos = 0; pos < b * t; pos++) {
            if (labels[pos] == -100) {
                continue;
            }
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < v; k++) {
                max = Math.max(max, logits[pos * v + k]);
            }
            double z = 0;
            for (int k = 0; k < v; k++) {
                z += Math.exp(logits[pos * v + k] - max);
            }
            sum += -(logits[pos * v + (int) labels[pos]] - max - Math.log(z));
            count++;
        }
        float got =
                new SequenceCrossEntropyLoss()
                        .evaluate(
                                new NDList(manager.create(labels, new Shape(b, t))),
                                new NDList(manager.create(logits, new Shape(b, t, v))))
                        .getFloat();
        assertEquals(sum / count, got, 1e-5);
        float padIsZero =
                new SequenceCrossEntropyLoss(0)
                        .evaluate(
                                new NDList(manager.create(new float[] {0, 0}, new Shape(1, 2))),
                                new NDList(manager.randomNormal(new Shape(1, 2, v))))
                        .getFloat();
        assertEquals(0f, padIsZero, 0f, "all padding: loss 0, not NaN");
    }
}
