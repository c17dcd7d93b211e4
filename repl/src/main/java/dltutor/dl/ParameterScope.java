package dltutor.dl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Lends a block's parameter arrays to a scratch manager for the length of a training run and gives
 * them back afterwards, so that native memory stays flat over repeated runs.
 *
 * <p>DJL attaches a new array to the manager of an operation's first input. While training, some
 * arrays are made from a parameter and would otherwise pile up on the learner's session manager
 * until the lesson ends: a fresh optimizer's state ({@code weight.zerosLike()}), the gradients that
 * {@code Trainer} checks on its first step, and results of blocks that compute {@code
 * weight.matMul(x)} rather than {@code x.matMul(weight)}. Attached to the scratch manager instead,
 * they are freed when the run ends.
 */
final class ParameterScope implements AutoCloseable {

    private final Map<NDArray, NDManager> homes = new IdentityHashMap<>();

    private ParameterScope(Block block, NDManager scratch) {
        for (Parameter p : block.getParameters().values()) {
            if (p.isInitialized()) {
                NDArray a = p.getArray();
                if (!homes.containsKey(a)) {
                    homes.put(a, a.getManager());
                    a.attach(scratch);
                }
            }
        }
    }

    /** Moves every initialised parameter of {@code block} to {@code scratch}. */
    static ParameterScope enter(Block block, NDManager scratch) {
        return new ParameterScope(block, scratch);
    }

    /** Gives every moved parameter back to the manager it came from. */
    @Override
    public void close() {
        for (Map.Entry<NDArray, NDManager> e : homes.entrySet()) {
            NDArray a = e.getKey();
            if (!a.isReleased() && e.getValue().isOpen()) {
                a.attach(e.getValue());
            }
        }
    }
}
