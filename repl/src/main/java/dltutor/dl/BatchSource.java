package dltutor.dl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.dataset.Batch;
import ai.djl.training.dataset.Dataset;
import ai.djl.translate.TranslateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * Mini-batches for one epoch at a time. Each comes as a {@link Step} whose own manager holds the
 * batch; everything computed from it attaches there too (DJL attaches a result to the manager of
 * its first input), so closing the step frees it all and memory stays flat.
 */
abstract class BatchSource {

    /** One batch: inputs, labels, and what frees them. */
    static final class Step implements AutoCloseable {
        final NDList data;
        final NDList labels;
        private final Runnable release;

        Step(NDList data, NDList labels, Runnable release) {
            this.data = data;
            this.labels = labels;
            this.release = release;
        }

        /** Examples in the batch (the first dimension of the first label array). */
        long size() {
            NDArray first = labels.isEmpty() ? data.head() : labels.head();
            return first.getShape().dimension() == 0 ? 1 : first.getShape().get(0);
        }

        @Override
        public void close() {
            release.run();
        }
    }

    /** Steps per epoch, or 0 while unknown. */
    abstract long stepsPerEpoch();

    /**
     * Starts an epoch; arrays that live for the epoch (a permutation) go to {@code epochManager}.
     */
    abstract void startEpoch(NDManager epochManager);

    /**
     * The next batch, owned by a manager under {@code epochManager}, or null at the end of the
     * epoch.
     */
    abstract Step next(NDManager epochManager);

    /** The input shapes of a typical batch, for initialising a block. */
    abstract Shape[] inputShapes(NDManager scratch);

    static BatchSource of(NDArray x, NDArray y, int batchSize, boolean shuffle) {
        return new Arrays(x, y, batchSize, shuffle);
    }

    static BatchSource of(Dataset dataset) {
        return new FromDataset(dataset);
    }

    /** Batches sliced (or, when shuffled, gathered through a fresh permutation) from two arrays. */
    private static final class Arrays extends BatchSource {
        private final NDArray x;
        private final NDArray y;
        private final int batchSize;
        private final boolean shuffle;
        private final long n;
        private final long end;
        private NDArray permutation;
        private long position;

        Arrays(NDArray x, NDArray y, int batchSize, boolean shuffle) {
            this.x = x;
            this.y = y;
            this.batchSize = batchSize;
            this.shuffle = shuffle;
            this.n = x.getShape().get(0);
            if (y.getShape().get(0) != n) {
                throw new IllegalArgumentException(
                        "x has "
                                + n
                                + " examples but y has "
                                + y.getShape().get(0)
                                + " (shapes "
                                + x.getShape()
                                + " and "
                                + y.getShape()
                                + ")");
            }
            // A last batch of one example breaks batch norm; drop it (PyTorch's drop_last, for
            // one).
            this.end = n > 1 && n % batchSize == 1 ? n - 1 : n;
        }

        @Override
        long stepsPerEpoch() {
            return (end + batchSize - 1) / batchSize;
        }

        @Override
        void startEpoch(NDManager epochManager) {
            position = 0;
            permutation =
                    shuffle ? epochManager.randomPermutation(n) : null; // (N) int64, engine RNG
        }

        @Override
        Step next(NDManager epochManager) {
            if (position >= end) {
                return null;
            }
            long to = Math.min(end, position + batchSize);
            NDManager step = epochManager.newSubManager();
            NDArray xb;
            NDArray yb;
            if (permutation != null) {
                NDArray index = permutation.get(new NDIndex().addSliceDim(position, to));
                index.attach(step);
                xb = x.get(index); // gather rows: (B, …)
                yb = y.get(index);
            } else {
                NDIndex rows = new NDIndex().addSliceDim(position, to);
                xb = x.get(rows);
                yb = y.get(rows);
            }
            xb.attach(step);
            yb.attach(step);
            position = to;
            return new Step(new NDList(xb), new NDList(yb), step::close);
        }

        @Override
        Shape[] inputShapes(NDManager scratch) {
            return new Shape[] {new Shape(Math.min(batchSize, n)).addAll(x.getShape().slice(1))};
        }
    }

    /** Batches from a DJL dataset. */
    private static final class FromDataset extends BatchSource {
        private final Dataset dataset;
        private Iterator<Batch> batches;
        private long total;

        FromDataset(Dataset dataset) {
            this.dataset = dataset;
        }

        @Override
        long stepsPerEpoch() {
            return total;
        }

        @Override
        void startEpoch(NDManager epochManager) {
            batches = iterate(epochManager);
        }

        @Override
        Step next(NDManager epochManager) {
            if (!batches.hasNext()) {
                return null;
            }
            Batch batch = batches.next();
            total = Math.max(total, batch.getProgressTotal());
            // A batch has a manager of its own (DJL's datasets make one per batch), which then
            // also holds what is computed from the batch; closing the batch frees it all.
            return new Step(batch.getData(), batch.getLabels(), batch::close);
        }

        @Override
        Shape[] inputShapes(NDManager scratch) {
            Iterator<Batch> it = iterate(scratch);
            if (!it.hasNext()) {
                throw new IllegalArgumentException("the dataset gave no batches");
            }
            try (Batch first = it.next()) {
                return first.getData().getShapes();
            }
        }

        private Iterator<Batch> iterate(NDManager manager) {
            try {
                return dataset.getData(manager).iterator();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (TranslateException e) {
                throw new IllegalStateException(
                        "the dataset could not make a batch: " + e.getMessage(), e);
            }
        }
    }
}
