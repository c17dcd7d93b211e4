package dltutor.data.build;

import dltutor.data.Checksums;
import dltutor.data.IdxFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Makes the checked-in Fashion-MNIST subset: the first {@code k} images of each class, in the
 * original file order, written as gzipped IDX files with the original names.
 */
final class FashionMnistSubset {
    static final int TRAIN_PER_CLASS = 1000;
    static final int TEST_PER_CLASS = 200;
    private static final int CLASSES = 10;
    private static final int PIXELS = 28 * 28;

    private FashionMnistSubset() {}

    static String build(Path src, Path out, int trainPerClass, int testPerClass)
            throws IOException {
        Files.createDirectories(out);
        int train = subset(src, out, "train", trainPerClass);
        int test = subset(src, out, "t10k", testPerClass);
        Checksums.write(
                out,
                List.of(
                        "train-images-idx3-ubyte.gz",
                        "train-labels-idx1-ubyte.gz",
                        "t10k-images-idx3-ubyte.gz",
                        "t10k-labels-idx1-ubyte.gz"));
        return "fashion-mnist: " + train + " train + " + test + " test images written to " + out;
    }

    private static int subset(Path src, Path out, String prefix, int perClass) throws IOException {
        String fix = "Reinstall the source with apt-get install --reinstall dataset-fashion-mnist.";
        byte[] labels =
                IdxFile.readLabels(src.resolve(prefix + "-labels-idx1-ubyte.gz"), CLASSES, fix);
        int[] left = new int[CLASSES];
        Arrays.fill(left, perClass);
        boolean[] keep = new boolean[labels.length];
        int n = 0;
        for (int i = 0; i < labels.length; i++) {
            if (left[labels[i]] > 0) {
                left[labels[i]]--;
                keep[i] = true;
                n++;
            }
        }
        byte[] keptLabels = new byte[n];
        byte[] keptImages = new byte[n * PIXELS];
        try (IdxFile.Reader r =
                IdxFile.open(
                        src.resolve(prefix + "-images-idx3-ubyte.gz"), IdxFile.UBYTE_IMAGES, fix)) {
            byte[] image = new byte[PIXELS];
            for (int i = 0, k = 0; i < labels.length && k < n; i++) {
                r.readFully(image, i);
                if (keep[i]) {
                    System.arraycopy(image, 0, keptImages, k * PIXELS, PIXELS);
                    keptLabels[k++] = labels[i];
                }
            }
        }
        IdxFile.write(
                out.resolve(prefix + "-labels-idx1-ubyte.gz"),
                IdxFile.UBYTE_VECTOR,
                new int[] {n},
                keptLabels);
        IdxFile.write(
                out.resolve(prefix + "-images-idx3-ubyte.gz"),
                IdxFile.UBYTE_IMAGES,
                new int[] {n, 28, 28},
                keptImages);
        return n;
    }
}
