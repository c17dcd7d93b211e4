package dltutor.session;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * What the learner's compiled snippets call to be stoppable and to stay inside the tutor.
 *
 * <p>Snippets run in the tutor's own JVM. Since Java 20, {@code Thread.stop} throws, so a snippet
 * such as {@code while (true) {}} could never be stopped by force. Instead, as the JDK's own {@code
 * LocalExecutionControl} does since Java 20, every snippet class is rewritten when it is loaded
 * ({@link SnippetWeaver}) so that it calls {@link #check()} on entry to each method and before each
 * backward branch; once the learner presses Ctrl-C, the next such call throws {@link
 * SnippetStopped} and the snippet unwinds. The cost is one volatile read per loop iteration of the
 * learner's code; the toolkit's own code is not rewritten (its training loops look at their own
 * stop flag between batches).
 *
 * <p>The same rewriting sends reflective calls through {@link #invoke} and the method-handle
 * lookups through {@link #findStatic} and its siblings, which refuse {@code System.exit}, {@code
 * Runtime.exit} and {@code Runtime.halt}: calling them directly is refused before the snippet runs,
 * and these catch the reflective ways around that.
 *
 * <p>This class is public only because snippet classes, in another class loader and package, must
 * be able to call it; nothing here is meant for the learner.
 */
public final class StopCheck {
    private static volatile boolean requested;

    private StopCheck() {}

    /** Throws {@link SnippetStopped} once a stop was requested for the running snippet. */
    public static void check() {
        if (requested) {
            throw new SnippetStopped();
        }
    }

    static void request() {
        requested = true;
    }

    static boolean requested() {
        return requested;
    }

    static void clear() {
        requested = false;
    }

    /** {@link Method#invoke}, refusing the calls that would end the tutor. */
    public static Object invoke(Method method, Object target, Object[] args)
            throws IllegalAccessException, InvocationTargetException {
        refuseExit(method.getDeclaringClass(), method.getName());
        if (target instanceof Method inner
                && method.getName().equals("invoke")
                && method.getDeclaringClass() == Method.class) {
            refuseExit(
                    inner.getDeclaringClass(), inner.getName()); // Method.invoke of Method.invoke
        }
        return method.invoke(target, args);
    }

    /** {@link MethodHandles.Lookup#findStatic}, refusing the calls that would end the tutor. */
    public static MethodHandle findStatic(
            MethodHandles.Lookup lookup, Class<?> owner, String name, MethodType type)
            throws NoSuchMethodException, IllegalAccessException {
        refuseExit(owner, name);
        return lookup.findStatic(owner, name, type);
    }

    /** {@link MethodHandles.Lookup#findVirtual}, refusing the calls that would end the tutor. */
    public static MethodHandle findVirtual(
            MethodHandles.Lookup lookup, Class<?> owner, String name, MethodType type)
            throws NoSuchMethodException, IllegalAccessException {
        refuseExit(owner, name);
        return lookup.findVirtual(owner, name, type);
    }

    /** {@link MethodHandles.Lookup#unreflect}, refusing the calls that would end the tutor. */
    public static MethodHandle unreflect(MethodHandles.Lookup lookup, Method method)
            throws IllegalAccessException {
        refuseExit(method.getDeclaringClass(), method.getName());
        return lookup.unreflect(method);
    }

    private static void refuseExit(Class<?> owner, String name) {
        String call = SnippetWeaver.exitCall(owner.getName().replace('.', '/'), name);
        if (call != null) {
            throw new ExitRefused(call);
        }
    }

    /** Thrown into a snippet that the learner stopped. */
    public static final class SnippetStopped extends Error {
        private static final long serialVersionUID = 1L;

        SnippetStopped() {
            super("stopped", null, false, false);
        }
    }

    /** Thrown when a snippet reaches a call that would end the tutor by a reflective route. */
    public static final class ExitRefused extends Error {
        private static final long serialVersionUID = 1L;
        private final String call;

        ExitRefused(String call) {
            super(call + " would end the tutor", null, false, false);
            this.call = call;
        }

        /** The refused call, e.g. {@code System.exit}. */
        public String call() {
            return call;
        }
    }
}
