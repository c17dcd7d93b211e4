package dltutor.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged dataset file gives a DatasetException that names the file and the fix, never a deep
 * failure.
 */
class DatasetIntegrityTest {
    static NDManager manager;

    @TempDir Path tmp;

    @BeforeAll
    static void open() {
        manager = NDManager.newBaseManager();
    }

    @AfterAll
    static void close() {
        manager.close();
    }

    @Test
    void aFlippedByteInACheckedInFileIsNamed() throws IOException {
        Path dir = copyOf("fashion-mnist");
        flipByte(dir.resolve("t10k-labels-idx1-ubyte.gz"), 500);
        DatasetException e =
                assertThrows(
                        DatasetException.class,
                        () -> FashionMnist.load(dir, Split.TEST, 10, manager));
        assertEquals(dir.resolve("t10k-labels-idx1-ubyte.gz"), e.file());
        assertTrue(e.getMessage().contains("t10k-labels-idx1-ubyte.gz"), e.getMessage());
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
        assertTrue(e.getMessage().contains("git checkout --"), e.getMessage());
        assertTrue(e.getMessage().contains("scripts/fetch-datasets"), e.getMessage());
    }

    @Test
    void aTruncatedCheckedInFileIsNamed() throws IOException {
        Path dir = copyOf("fashion-mnist");
        truncate(dir.resolve("t10k-images-idx3-ubyte.gz"), 1000);
        DatasetException e =
                assertThrows(
                        DatasetException.class,
                        () -> FashionMnist.load(dir, Split.TEST, 10, manager));
        assertTrue(e.getMessage().contains("t10k-images-idx3-ubyte.gz"), e.getMessage());
        assertTrue(e.getMessage().contains("1,000 bytes"), e.getMessage());
    }

    @Test
    void aMissingSumsFileIsReported() throws IOException {
        Path dir = copyOf("first-names");
        Files.delete(dir.resolve(Checksums.FILE_NAME));
        DatasetException e = assertThrows(DatasetException.class, () -> FirstNames.load(dir));
        assertTrue(e.getMessage().contains("SHA256SUMS"), e.getMessage());
    }

    @Test
    void damagedTextSetsAreNamedToo() throws IOException {
        Path names = copyOf("first-names");
        truncate(names.resolve("male.txt"), 100);
        DatasetException e = assertThrows(DatasetException.class, () -> FirstNames.load(names));
        assertTrue(e.getMessage().contains("male.txt"), e.getMessage());

        Path sotu = copyOf("sotu");
        flipByte(sotu.resolve("texts/1863_abraham_lincoln_r.txt"), 10);
        e = assertThrows(DatasetException.class, () -> Sotu.load(sotu));
        assertTrue(e.getMessage().contains("1863_abraham_lincoln_r.txt"), e.getMessage());
    }

    @Test
    void aFullSetWithAWrongMagicNumberIsRejected() throws IOException {
        Path dir = fullSetCopy();
        IdxFile.write(
                dir.resolve("t10k-labels-idx1-ubyte.gz"),
                IdxFile.UBYTE_IMAGES,
                new int[] {1, 1, 1},
                new byte[1]);
        DatasetException e =
                assertThrows(
                        DatasetException.class,
                        () -> FashionMnist.load(dir, Split.TEST, 10, manager));
        assertTrue(e.getMessage().contains("t10k-labels-idx1-ubyte.gz"), e.getMessage());
        assertTrue(
                e.getMessage().contains("magic number is 0x00000803, expected 0x00000801"),
                e.getMessage());
    }

    @Test
    void aFullSetOfTheWrongSizeIsRejected() throws IOException {
        Path dir =
                fullSetCopy(); // the subset's files, but without SHA256SUMS: 2,000 is not the full
        // 10,000
        DatasetException e =
                assertThrows(
                        DatasetException.class,
                        () -> FashionMnist.load(dir, Split.TEST, 10, manager));
        assertTrue(
                e.getMessage()
                        .contains(
                                "has 2,000 labels, but the full Fashion-MNIST test set has 10,000"),
                e.getMessage());
    }

    @Test
    void aTruncatedFullSetFileIsRejected() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("full"));
        byte[] labels = new byte[10_000];
        IdxFile.write(
                dir.resolve("t10k-labels-idx1-ubyte.gz"),
                IdxFile.UBYTE_VECTOR,
                new int[] {10_000},
                labels);
        IdxFile.write(
                dir.resolve("t10k-images-idx3-ubyte.gz"),
                IdxFile.UBYTE_IMAGES,
                new int[] {10_000, 28, 28},
                new byte[10_000 * 784]);
        truncate(dir.resolve("t10k-images-idx3-ubyte.gz"), 2000);
        DatasetException e =
                assertThrows(
                        DatasetException.class,
                        () -> FashionMnist.load(dir, Split.TEST, 10_000, manager));
        assertTrue(
                e.getMessage().contains("t10k-images-idx3-ubyte.gz is truncated"), e.getMessage());
        assertTrue(
                e.getMessage().contains("delete it to use the checked-in subset"), e.getMessage());
    }

    @Test
    void aMessageIsOneParagraph() throws IOException {
        Path dir = copyOf("first-names");
        flipByte(dir.resolve("female.txt"), 3);
        DatasetException e = assertThrows(DatasetException.class, () -> FirstNames.load(dir));
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().startsWith("The dataset file "), e.getMessage());
    }

    private Path copyOf(String set) throws IOException {
        Path src = DatasetPaths.checkedIn(set);
        Path dst = tmp.resolve(set);
        try (Stream<Path> files = Files.walk(src)) {
            for (Path p : files.toList()) {
                Path target = dst.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return dst;
    }

    private Path fullSetCopy() throws IOException {
        Path dir = copyOf("fashion-mnist");
        Files.delete(dir.resolve(Checksums.FILE_NAME));
        return dir;
    }

    private static void flipByte(Path file, int at) throws IOException {
        byte[] b = Files.readAllBytes(file);
        b[at] ^= 0x5A;
        Files.write(file, b);
    }

    private static void truncate(Path file, int length) throws IOException {
        byte[] b = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(b, length));
    }
}
