package dltutor.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.dataset.Batch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FashionMnistTest {
    static NDManager manager;
    static final Path SUBSET = DatasetPaths.checkedIn("fashion-mnist");

    @BeforeAll
    static void open() {
        manager = NDManager.newBaseManager();
    }

    @AfterAll
    static void close() {
        manager.close();
    }

    @Test
    void theCheckedInSubsetIsBalancedAndInRange() {
        FashionMnist train = FashionMnist.load(SUBSET, Split.TRAIN, Integer.MAX_VALUE, manager);
        assertEquals(new Shape(10_000, 1, 28, 28), train.images().getShape());
        assertEquals(DataType.FLOAT32, train.images().getDataType());
        assertEquals(new Shape(10_000), train.labels().getShape());
        assertEquals(DataType.INT32, train.labels().getDataType());
        int[] thousand = new int[10];
        Arrays.fill(thousand, 1000);
        assertArrayEquals(thousand, train.classCounts());
        assertEquals(0f, train.images().min().getFloat());
        assertEquals(1f, train.images().max().getFloat());
        assertFalse(train.isFullSet());
        assertTrue(train.source().contains("checked-in subset"), train.source());

        FashionMnist test = FashionMnist.load(SUBSET, Split.TEST, Integer.MAX_VALUE, manager);
        assertEquals(2000, test.size());
        int[] twoHundred = new int[10];
        Arrays.fill(twoHundred, 200);
        assertArrayEquals(twoHundred, test.classCounts());
        assertEquals("Ankle boot", test.className(9));
    }

    @Test
    void aLimitIsClassBalancedAndAPrefixOfEachClass() {
        FashionMnist all = FashionMnist.load(SUBSET, Split.TEST, Integer.MAX_VALUE, manager);
        FashionMnist some = FashionMnist.load(SUBSET, Split.TEST, 25, manager);
        assertEquals(25, some.size());
        assertArrayEquals(new int[] {3, 3, 3, 3, 3, 2, 2, 2, 2, 2}, some.classCounts());
        // the first image of class 0 is the same in both
        int firstAll = indexOf(all.labelArray(), 0);
        int firstSome = indexOf(some.labelArray(), 0);
        assertArrayEquals(all.image(firstAll).toFloatArray(), some.image(firstSome).toFloatArray());
    }

    @Test
    void theDatasetBatchesImagesAndLabels() throws Exception {
        FashionMnist test = FashionMnist.load(SUBSET, Split.TEST, 100, manager);
        try (Batch b = test.dataset(32).getData(manager).iterator().next()) {
            assertEquals(new Shape(32, 1, 28, 28), b.getData().head().getShape());
            assertEquals(new Shape(32), b.getLabels().head().getShape());
        }
    }

    @Test
    void theFullSetIsUsedWhenInstalled() {
        Path debian = DatasetPaths.DEBIAN_FASHION_MNIST.resolve("t10k-images-idx3-ubyte.gz");
        Path home = DatasetPaths.fullSet("fashion-mnist").resolve("t10k-images-idx3-ubyte.gz");
        assumeTrue(
                Files.exists(debian) || Files.exists(home),
                "the full Fashion-MNIST set is not installed");
        FashionMnist test = FashionMnist.load(Split.TEST, Integer.MAX_VALUE, manager);
        assertTrue(test.isFullSet());
        assertEquals(10_000, test.size());
        int[] thousand = new int[10];
        Arrays.fill(thousand, 1000);
        assertArrayEquals(thousand, test.classCounts());
        assertTrue(test.source().contains("full set"), test.source());

        FashionMnist train = FashionMnist.load(Split.TRAIN, 1000, manager);
        assertTrue(train.source().contains("of 60,000"), train.source());
        // the checked-in subset is the first images of each class of the full set
        FashionMnist subset = FashionMnist.load(SUBSET, Split.TRAIN, 1000, manager);
        assertArrayEquals(subset.labelArray(), train.labelArray());
        NDArray diff = subset.images().sub(train.images()).abs().max();
        assertEquals(0f, diff.getFloat());
    }

    private static int indexOf(int[] labels, int label) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == label) {
                return i;
            }
        }
        return -1;
    }
}
