package dltutor.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full-size Fashion-MNIST set is verified before use (needs Debian's dataset-fashion-mnist). */
class FullSetVerificationTest {
    static final Path DEBIAN = DatasetPaths.DEBIAN_FASHION_MNIST;

    private static Path copyOfTestSplit(Path dir) throws IOException {
        assumeTrue(
                Files.isRegularFile(DEBIAN.resolve("t10k-images-idx3-ubyte.gz")),
                "Debian's full set is not installed");
        for (String f : new String[] {"t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"}) {
            Files.copy(DEBIAN.resolve(f), dir.resolve(f));
        }
        return dir;
    }

    @Test
    void theInstalledSetPasses(@TempDir Path dir) throws IOException {
        FashionMnistFiles.Raw raw =
                FashionMnistFiles.read(FashionMnistFiles.at(copyOfTestSplit(dir)), Split.TEST, 100);
        assertEquals(100, raw.labels().length);
    }

    @Test
    void aFlippedByteInTheMiddleIsReportedBeforeUse(@TempDir Path dir) throws IOException {
        Path images = copyOfTestSplit(dir).resolve("t10k-images-idx3-ubyte.gz");
        byte[] b = Files.readAllBytes(images);
        b[b.length / 2] ^= 0x5A;
        Files.write(images, b);
        DatasetException e =
                assertThrows(
                        DatasetException.class,
                        () -> FashionMnistFiles.read(FashionMnistFiles.at(dir), Split.TEST, 100));
        assertTrue(e.getMessage().contains("t10k-images-idx3-ubyte.gz"), e.getMessage());
        assertTrue(
                e.getMessage().contains("damaged") || e.getMessage().contains("not the published"),
                e.getMessage());
    }

    @Test
    void wellFormedButWrongLabelsAreRefused(@TempDir Path dir) throws IOException {
        Path labels = copyOfTestSplit(dir).resolve("t10k-labels-idx1-ubyte.gz");
        byte[] raw;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(labels))) {
            raw = in.readAllBytes();
        }
        byte t = raw[8];
        raw[8] = raw[9];
        raw[9] = t == raw[9] ? (byte) ((t + 1) % 10) : t;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(raw);
        }
        Files.write(labels, bytes.toByteArray());
        DatasetException e =
                assertThrows(
                        DatasetException.class,
                        () -> FashionMnistFiles.read(FashionMnistFiles.at(dir), Split.TEST, 100));
        assertTrue(e.getMessage().contains("is not the published file"), e.getMessage());
    }
}
