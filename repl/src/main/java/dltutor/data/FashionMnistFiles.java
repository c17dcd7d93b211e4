package dltutor.data;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds and reads the Fashion-MNIST IDX files: the full set when one is installed, else the
 * checked-in subset. Reading is one pass of a buffered GZIP stream into a direct float buffer, so
 * the caller makes a single NDArray from it without another copy.
 */
final class FashionMnistFiles {
    static final int ROWS = 28;
    static final int COLS = 28;
    static final int PIXELS = ROWS * COLS;
    static final int CLASSES = 10;

    /**
     * SHA-256 of the decompressed contents of the four published Fashion-MNIST files (Xiao, Rasul
     * and Vollgraf, 2017; github.com/zalandoresearch/fashion-mnist). Computed with {@code gzip -dc
     * FILE | sha256sum} from Debian's {@code dataset-fashion-mnist} package
     * (/usr/share/datasets/fashion-mnist). Cross-check: the official README lists MD5s of the
     * {@code .gz} files (train-images 8d4fb7e6…, train-labels 25c81989…, t10k-images bef4ecab…,
     * t10k-labels bb300cfd…); Debian's {@code .gz} files do not match them because their gzip
     * header has no file name field: each is exactly 24, 24, 23 and 23 bytes (the name and its NUL)
     * shorter than the originals (26,421,880, 29,515, 4,422,102 and 5,148 bytes), with the same
     * deflate data and CRC. The decompressed sizes are those of the IDX format: 47,040,016, 60,008,
     * 7,840,016 and 10,008 bytes.
     */
    private static final java.util.Map<String, String> PUBLISHED =
            java.util.Map.of(
                    "train-images-idx3-ubyte.gz",
                            "c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888",
                    "train-labels-idx1-ubyte.gz",
                            "bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9",
                    "t10k-images-idx3-ubyte.gz",
                            "5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b",
                    "t10k-labels-idx1-ubyte.gz",
                            "0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34");

    /** Where the IDX files of a split come from. */
    record Location(Path dir, boolean checkedIn) {}

    /** What one split holds after reading: pixels in [0, 1], labels, and the set's full size. */
    record Raw(ByteBuffer pixels, int[] labels, int available) {}

    private FashionMnistFiles() {}

    static String imagesFile(Split split) {
        return (split == Split.TRAIN ? "train" : "t10k") + "-images-idx3-ubyte.gz";
    }

    static String labelsFile(Split split) {
        return (split == Split.TRAIN ? "train" : "t10k") + "-labels-idx1-ubyte.gz";
    }

    static int fullSize(Split split) {
        return split == Split.TRAIN ? 60_000 : 10_000;
    }

    /** The full set under {@code $DLTUTOR_HOME}, then Debian's, then the checked-in subset. */
    static Location locate(Split split) {
        for (Path dir :
                new Path[] {
                    DatasetPaths.fullSet("fashion-mnist"), DatasetPaths.DEBIAN_FASHION_MNIST
                }) {
            if (Files.isRegularFile(dir.resolve(imagesFile(split)))
                    && Files.isRegularFile(dir.resolve(labelsFile(split)))) {
                return new Location(dir, false);
            }
        }
        return new Location(DatasetPaths.checkedIn("fashion-mnist"), true);
    }

    /**
     * A folder given by the caller: checked-in when it has a {@code SHA256SUMS}, else a full set.
     */
    static Location at(Path dir) {
        return new Location(dir, Files.isRegularFile(dir.resolve(Checksums.FILE_NAME)));
    }

    /**
     * Reads up to {@code limit} examples of {@code split}, the same number from every class (the
     * first ones of each class in file order), kept in file order.
     */
    static Raw read(Location loc, Split split, int limit) {
        Path imagesPath = loc.dir().resolve(imagesFile(split));
        Path labelsPath = loc.dir().resolve(labelsFile(split));
        if (loc.checkedIn()) {
            Checksums.verified(loc.dir(), labelsFile(split));
            Checksums.verified(loc.dir(), imagesFile(split));
        }
        byte[] labels = IdxFile.readLabels(labelsPath, CLASSES, fix(loc, labelsPath));
        if (!loc.checkedIn() && labels.length != fullSize(split)) {
            throw new DatasetException(
                    labelsPath,
                    String.format(
                            "has %,d labels, but the full Fashion-MNIST %s set has %,d",
                            labels.length, split.label(), fullSize(split)),
                    fix(loc, labelsPath));
        }
        boolean[] keep = select(labels, limit);
        int n = 0;
        int last = -1;
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                n++;
                last = i;
            }
        }
        ByteBuffer pixels =
                ByteBuffer.allocateDirect(n * PIXELS * Float.BYTES).order(ByteOrder.nativeOrder());
        FloatBuffer out = pixels.asFloatBuffer();
        int[] kept = new int[n];
        try (IdxFile.Reader r =
                IdxFile.open(imagesPath, IdxFile.UBYTE_IMAGES, fix(loc, imagesPath))) {
            int[] dims = r.dims();
            if (dims[0] != labels.length || dims[1] != ROWS || dims[2] != COLS) {
                throw new DatasetException(
                        imagesPath,
                        String.format(
                                "holds %,d images of %d×%d pixels, but %s has %,d "
                                        + "labels and Fashion-MNIST images are 28×28",
                                dims[0], dims[1], dims[2], labelsPath.getFileName(), labels.length),
                        fix(loc, imagesPath));
            }
            byte[] image = new byte[PIXELS];
            float[] values = new float[PIXELS];
            for (int i = 0, k = 0; i <= last; i++) {
                if (!keep[i]) {
                    r.skip(PIXELS, i);
                    continue;
                }
                r.readFully(image, i);
                for (int p = 0; p < PIXELS; p++) {
                    values[p] = (image[p] & 0xFF) / 255f;
                }
                out.put(values);
                kept[k++] = labels[i];
            }
        }
        if (!loc.checkedIn()) {
            // After the format checks (their messages are more precise), before anything is used:
            // a flipped byte in a full set would otherwise train silently on garbage.
            Checksums.verifiedContent(
                    labelsPath, PUBLISHED.get(labelsFile(split)), fix(loc, labelsPath));
            Checksums.verifiedContent(
                    imagesPath, PUBLISHED.get(imagesFile(split)), fix(loc, imagesPath));
        }
        return new Raw(pixels, kept, labels.length);
    }

    /**
     * The first {@code limit / 10} examples of each class (one more for the first remainder
     * classes).
     */
    static boolean[] select(byte[] labels, int limit) {
        int[] quota = new int[CLASSES];
        for (int c = 0; c < CLASSES; c++) {
            quota[c] =
                    limit >= labels.length
                            ? Integer.MAX_VALUE
                            : limit / CLASSES + (c < limit % CLASSES ? 1 : 0);
        }
        boolean[] keep = new boolean[labels.length];
        for (int i = 0; i < labels.length; i++) {
            int c = labels[i];
            if (quota[c] > 0) {
                quota[c]--;
                keep[i] = true;
            }
        }
        return keep;
    }

    static String fix(Location loc, Path file) {
        if (loc.checkedIn()) {
            return "Restore the checked-in copy with git checkout -- "
                    + DatasetPaths.shown(file)
                    + ", or rebuild it with scripts/fetch-datasets fashion-mnist.";
        }
        if (loc.dir().startsWith(DatasetPaths.DEBIAN_FASHION_MNIST)) {
            return "Reinstall it with sudo apt-get install --reinstall dataset-fashion-mnist, or remove the package "
                    + "to use the checked-in subset.";
        }
        return "Replace it with the original file (scripts/fetch-datasets --full links Debian's copy), or delete it "
                + "to use the checked-in subset.";
    }
}
