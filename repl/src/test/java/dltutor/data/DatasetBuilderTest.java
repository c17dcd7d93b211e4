package dltutor.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import dltutor.data.build.DatasetBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The builder behind scripts/fetch-datasets is deterministic: rebuilding gives the checked-in
 * bytes.
 */
class DatasetBuilderTest {
    @TempDir Path tmp;

    @Test
    void rebuildingTheFashionMnistSubsetFromItselfGivesTheSameFiles() throws IOException {
        // the subset is the first 1,000/200 images of each class, so it is its own subset
        Path src = DatasetPaths.checkedIn("fashion-mnist");
        String summary =
                DatasetBuilder.run(new String[] {"fashion-mnist", src.toString(), tmp.toString()});
        assertTrue(summary.contains("10000 train + 2000 test"), summary);
        assertEquals(
                Files.readString(src.resolve(Checksums.FILE_NAME)),
                Files.readString(tmp.resolve(Checksums.FILE_NAME)));
    }

    @Test
    void aSmallerSubsetLoadsBalanced() throws IOException {
        Path src = DatasetPaths.checkedIn("fashion-mnist");
        DatasetBuilder.run(
                new String[] {"fashion-mnist", src.toString(), tmp.toString(), "3", "2"});
        try (NDManager m = NDManager.newBaseManager()) {
            FashionMnist test = FashionMnist.load(tmp, Split.TEST, 100, m);
            assertEquals(20, test.size());
            assertEquals(2, test.classCounts()[7]);
        }
    }
}
