package dltutor.dl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.loss.Loss;

/**
 * Softmax cross-entropy over every position of a batch of sequences, skipping padding: the loss of
 * sequence-to-sequence models, BERT's masked language model and GPT. DJL's own {@code
 * MaskedSoftmaxCrossEntropyLoss} relies on {@code sequenceMask}, which the PyTorch engine does not
 * implement.
 *
 * <p>Sequence models since Sutskever, Vinyals and Le ("Sequence to Sequence Learning with Neural
 * Networks", 2014, arXiv:1409.3215) pad a batch of sentences to one length and score every real
 * token. Use it whenever labels are token ids with padding.
 *
 * <p>Positions whose label equals {@code ignoreIndex} (PyTorch's convention, default −100) count
 * for nothing; the loss is the mean over the other positions:
 *
 * <p>{@code L = −(1/|M|) Σ_{(b,t)∈M} log softmax(z_{b,t})[y_{b,t}]}, {@code M = {(b,t) : y_{b,t} ≠
 * ignore}}
 *
 * <p>Shapes: predictions (…, V) logits, labels (…) class indices (any numeric type); e.g. (B, T, V)
 * and (B, T), or (N, V) and (N). Returns a scalar.
 */
public final class SequenceCrossEntropyLoss extends Loss {

    private final int ignoreIndex;

    /** A loss that ignores labels equal to −100. */
    public SequenceCrossEntropyLoss() {
        this(-100);
    }

    /** A loss that ignores labels equal to {@code ignoreIndex} (e.g. the padding token's id). */
    public SequenceCrossEntropyLoss(int ignoreIndex) {
        super("SequenceCrossEntropyLoss");
        this.ignoreIndex = ignoreIndex;
    }

    /** The label value that is skipped. */
    public int ignoreIndex() {
        return ignoreIndex;
    }

    /** {@inheritDoc} */
    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray logits = predictions.singletonOrThrow(); // (…, V)
        NDArray y = labels.singletonOrThrow(); // (…)
        try (NDArray logp = logits.logSoftmax(-1); // (…, V)
                NDArray yi = y.toType(DataType.INT64, true);
                NDArray keep = yi.neq(ignoreIndex);
                NDArray keepLong = keep.toType(DataType.INT64, false);
                NDArray safe = yi.mul(keepLong); // ignored → class 0
                NDArray index = safe.expandDims(-1); // (…, 1)
                NDArray picked = logp.gather(index, -1); // (…, 1)
                NDArray flat = picked.squeeze(-1); // (…)
                NDArray weights = keep.toType(logits.getDataType(), false);
                NDArray kept = flat.mul(weights);
                NDArray total = kept.sum();
                NDArray count = weights.sum();
                NDArray denominator = count.maximum(1f);
                NDArray mean = total.div(denominator)) {
            return mean.neg();
        }
    }
}
