package dltutor.dl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import dltutor.runtime.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InspectTest {

    @RegisterExtension final EngineManager engine = new EngineManager();

    @BeforeEach
    void open() {
        Display.configure(false, false, 80);
    }

    @AfterEach
    void close() {
        Display.configure(false, true, 80);
    }

    @Test
    void parameterCountOfAnMlp() {
        SequentialBlock net = Synthetic.mlp(16, 2);
        net.initialize(engine.manager(), DataType.FLOAT32, new Shape(1, 2));
        assertEquals(2 * 16 + 16 + 16 * 2 + 2, Inspect.parameterCount(net));
    }

    @Test
    void goldenSummaryOfAnMlp() {
        SequentialBlock net = Synthetic.mlp(16, 2);
        net.initialize(engine.manager(), DataType.FLOAT32, new Shape(1, 2));
        String expected =
                """
                 layer            | output shape | parameters | FLOPs
                ------------------+--------------+------------+-------
                 SequentialBlock  | (4, 2)       |         82 |   512
                   01 Linear      | (4, 16)      |         48 |   256
                   02 LambdaBlock | (4, 16)      |          0 |     0
                   03 Linear      | (4, 2)       |         34 |   256
                total parameters: 82 (82 trainable, 0.3 KB as float32)
                FLOPs per forward pass of this batch: about 512
                (approximate: 2 per multiply-add, counted in Linear and convolution layers only)
                """;
        assertEquals(expected, Inspect.summaryText(net, new Shape(4, 2)));
    }

    @Test
    void aConvolutionCountsTwoFlopsPerMultiplyAddOverItsOutput() {
        SequentialBlock cnn =
                new SequentialBlock()
                        .add(
                                Conv2d.builder()
                                        .setKernelShape(new Shape(3, 3))
                                        .setFilters(4)
                                        .build()) // (1, 4, 6, 6)
                        .add(Blocks.batchFlattenBlock()) // (1, 144)
                        .add(Linear.builder().setUnits(10).build()); // (1, 10)
        String text = Inspect.summaryText(cnn, new Shape(1, 1, 8, 8)); // initialises the block
        assertTrue(text.contains("(1, 4, 6, 6)"), text);
        assertEquals(4 * 9 + 4 + 144 * 10 + 10, Inspect.parameterCount(cnn));
        long convFlops = 2L * 9 * 4 * 36;
        long linearFlops = 2L * 144 * 10;
        assertEquals(
                convFlops,
                ModelSummary.rows(cnn, new Shape[] {new Shape(1, 1, 8, 8)}).get(1).flops());
        assertTrue(text.contains("about " + String.format("%,d", convFlops + linearFlops)), text);
    }

    @Test
    void liveArraysSeesCreationAndClosing() {
        long before = Inspect.liveArrays();
        try (NDManager sub = engine.manager().newSubManager()) {
            sub.zeros(new Shape(3));
            sub.ones(new Shape(2, 2));
            assertEquals(before + 2, Inspect.liveArrays());
        }
        assertEquals(before, Inspect.liveArrays());
    }
}
