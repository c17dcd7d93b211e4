package dltutor.dl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.optimizer.Optimizer;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gives optimizer state (momentum, Adam's moment estimates) an owner, so that repeated trainings do
 * not leak native memory.
 *
 * <p>DJL's {@code Optimizer.withDefaultState} creates each state array and then <em>detaches</em>
 * it from every manager ("let it be closed by the GC when the optimizer is out of scope"), but
 * nothing closes a detached array on the PyTorch engine: a fresh Adam per training run leaks two
 * copies of the model's parameters each time. After every run this class attaches the optimizer's
 * state arrays to a manager: the run's scratch manager for an optimizer {@code fit} made itself
 * (freed when the run ends), or a manager of the optimizer's own for one the learner passed in
 * (freed once the optimizer is garbage, or with the session), which keeps PyTorch's semantics:
 * state belongs to the optimizer object.
 */
final class OptimizerStates {

    private static final ReferenceQueue<Optimizer> GONE = new ReferenceQueue<>();
    private static final List<StateRef> OWNED = new ArrayList<>();

    private OptimizerStates() {}

    /** Attaches the state arrays of an optimizer made for one run to that run's manager. */
    static void adoptForRun(Optimizer optimizer, NDManager run) {
        for (NDArray a : stateArrays(optimizer)) {
            a.attach(run);
        }
    }

    /**
     * Attaches a learner's optimizer's state to a manager (under {@code home}) that lives as long
     * as the optimizer.
     */
    static synchronized void adopt(Optimizer optimizer, NDManager home) {
        freeDropped();
        NDManager owner = null;
        for (StateRef ref : OWNED) {
            if (ref.get() == optimizer && ref.manager.isOpen()) {
                owner = ref.manager;
            }
        }
        if (owner == null) {
            owner = home.newSubManager();
            OWNED.add(new StateRef(optimizer, owner));
        }
        for (NDArray a : stateArrays(optimizer)) {
            if (a.getManager() != owner) {
                a.attach(owner);
            }
        }
    }

    /** Closes the state of optimizers that have been garbage-collected. */
    private static void freeDropped() {
        for (Reference<? extends Optimizer> r = GONE.poll(); r != null; r = GONE.poll()) {
            StateRef ref = (StateRef) r;
            OWNED.remove(ref);
            if (ref.manager.isOpen()) {
                ref.manager.close();
            }
        }
        OWNED.removeIf(ref -> !ref.manager.isOpen());
    }

    /**
     * The open state arrays of an optimizer: the values of its {@code Map<String, Map<Device,
     * NDArray>>} fields (Adam's {@code means} and {@code variances}, SGD's momentum), found by
     * reflection because DJL keeps them private.
     */
    static List<NDArray> stateArrays(Optimizer optimizer) {
        List<NDArray> out = new ArrayList<>();
        for (Class<?> c = optimizer.getClass();
                c != null && c != Object.class;
                c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Map.class.isAssignableFrom(f.getType())
                        || Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                try {
                    f.setAccessible(true);
                    Object value = f.get(optimizer);
                    if (value instanceof Map<?, ?> states) {
                        for (Object perDevice : states.values()) {
                            if (perDevice instanceof Map<?, ?> arrays) {
                                for (Object a : arrays.values()) {
                                    if (a instanceof NDArray array && !array.isReleased()) {
                                        out.add(array);
                                    }
                                }
                            }
                        }
                    }
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // An optimizer we cannot look into keeps DJL's behaviour: its state stays
                    // detached.
                }
            }
        }
        return out;
    }

    private static final class StateRef extends WeakReference<Optimizer> {
        final NDManager manager;

        StateRef(Optimizer optimizer, NDManager manager) {
            super(optimizer, GONE);
            this.manager = manager;
        }
    }
}
