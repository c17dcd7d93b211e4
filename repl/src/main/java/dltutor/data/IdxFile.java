package dltutor.data;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The IDX file format of LeCun, Cortes &amp; Burges' MNIST (1998), which Fashion-MNIST (Xiao et al.
 * 2017) keeps so that it is a drop-in replacement: a big-endian header (two zero bytes, a type
 * byte, the number of dimensions, then each dimension as a 32-bit integer) followed by the values,
 * here always unsigned bytes, usually gzipped.
 *
 * <p>Labels are {@code 0x00000801} with one dimension (N); images are {@code 0x00000803} with three
 * (N, rows, columns). Reading validates the magic number and dimensions and reports a short file as
 * truncated, each as a {@link DatasetException} that names the file.
 */
public final class IdxFile {
    /** Magic number of a vector of unsigned bytes: the labels. */
    public static final int UBYTE_VECTOR = 0x00000801;

    /** Magic number of a stack of unsigned-byte matrices: the images. */
    public static final int UBYTE_IMAGES = 0x00000803;

    private IdxFile() {}

    /** An open IDX file positioned at its first value, with its dimensions. */
    public static final class Reader implements AutoCloseable {
        private final DataInputStream in;
        private final Path file;
        private final int[] dims;
        private final String fix;

        private Reader(DataInputStream in, Path file, int[] dims, String fix) {
            this.in = in;
            this.file = file;
            this.dims = dims;
            this.fix = fix;
        }

        /** The dimensions from the header, e.g. {@code {60000, 28, 28}}. */
        public int[] dims() {
            return dims.clone();
        }

        /**
         * Reads exactly {@code buf.length} values: item {@code index} (0-based) of the file's
         * {@code dims()[0]} items.
         */
        public void readFully(byte[] buf, int index) {
            try {
                in.readFully(buf);
            } catch (IOException e) {
                throw failure(e, index);
            }
        }

        /**
         * Skips {@code n} values: item {@code index} (0-based) of the file's {@code dims()[0]}
         * items.
         */
        public void skip(long n, int index) {
            try {
                in.skipNBytes(n);
            } catch (IOException e) {
                throw failure(e, index);
            }
        }

        private DatasetException failure(IOException e, int index) {
            String what =
                    String.format(
                            "%s %,d of %,d",
                            dims.length == 1 ? "label" : "image", index + 1, dims[0]);
            if (e instanceof EOFException) {
                return new DatasetException(file, "is truncated: it ends before " + what, fix, e);
            }
            return new DatasetException(
                    file, "cannot be read at " + what + " (" + e.getMessage() + ")", fix, e);
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                // nothing was written; a failed close of a read stream loses nothing
            }
        }
    }

    /**
     * Opens {@code file} (gzipped when its name ends in {@code .gz}) and checks its header.
     *
     * @param magic the expected magic number, {@link #UBYTE_VECTOR} or {@link #UBYTE_IMAGES}
     * @param fix the sentence that tells the learner how to repair the file
     */
    public static Reader open(Path file, int magic, String fix) {
        DataInputStream in = null;
        try {
            InputStream raw = Files.newInputStream(file);
            in =
                    new DataInputStream(
                            new BufferedInputStream(
                                    file.toString().endsWith(".gz")
                                            ? new GZIPInputStream(raw, 1 << 16)
                                            : raw,
                                    1 << 16));
            int actual = in.readInt();
            if (actual != magic) {
                throw new DatasetException(
                        file,
                        String.format(
                                "is not an IDX %s file: its magic number is 0x%08X, expected 0x%08X",
                                magic == UBYTE_IMAGES ? "image" : "label", actual, magic),
                        fix);
            }
            int[] dims = new int[magic & 0xFF];
            for (int i = 0; i < dims.length; i++) {
                dims[i] = in.readInt();
                if (dims[i] <= 0) {
                    throw new DatasetException(
                            file, "has an impossible dimension " + dims[i] + " in its header", fix);
                }
            }
            return new Reader(in, file, dims, fix);
        } catch (DatasetException e) {
            closeQuietly(in);
            throw e;
        } catch (EOFException e) {
            closeQuietly(in);
            throw new DatasetException(file, "is truncated: it ends inside its header", fix, e);
        } catch (IOException e) {
            closeQuietly(in);
            String why =
                    Files.exists(file)
                            ? "cannot be read as gzipped IDX (" + e.getMessage() + ")"
                            : "is missing";
            throw new DatasetException(file, why, fix, e);
        }
    }

    /** Reads a whole label file and checks every label is below {@code classes}. */
    public static byte[] readLabels(Path file, int classes, String fix) {
        try (Reader r = open(file, UBYTE_VECTOR, fix)) {
            byte[] labels = new byte[r.dims[0]];
            r.readFully(labels, labels.length - 1);
            for (int i = 0; i < labels.length; i++) {
                if ((labels[i] & 0xFF) >= classes) {
                    throw new DatasetException(
                            file,
                            "has label "
                                    + (labels[i] & 0xFF)
                                    + " at position "
                                    + i
                                    + ", outside 0.."
                                    + (classes - 1),
                            fix);
                }
            }
            return labels;
        }
    }

    /**
     * Writes a gzipped IDX file of unsigned bytes (header, then {@code data}). The gzip header
     * carries no time stamp, so the same input gives the same bytes on the same JDK and zlib.
     */
    public static void write(Path file, int magic, int[] dims, byte[] data) throws IOException {
        long n = Arrays.stream(dims).asLongStream().reduce(1, (a, b) -> a * b);
        if (n != data.length || dims.length != (magic & 0xFF)) {
            throw new IllegalArgumentException(
                    "dims " + Arrays.toString(dims) + " do not fit " + data.length + " values");
        }
        try (OutputStream raw = Files.newOutputStream(file);
                DataOutputStream out =
                        new DataOutputStream(
                                new BufferedOutputStream(new GZIPOutputStream(raw, 1 << 16)))) {
            out.writeInt(magic);
            for (int d : dims) {
                out.writeInt(d);
            }
            out.write(data);
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                // already failing; the first error is the one to report
            }
        }
    }
}
