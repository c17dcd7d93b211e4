package dltutor.session;

import java.lang.reflect.Method;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import jdk.jshell.execution.DirectExecutionControl;

/**
 * Runs every snippet in the tutor's JVM on one long-lived session thread, so that the learner's
 * objects are real objects the checks can read and per-thread engine state (PyTorch's grad mode) is
 * set once. Snippet classes are rewritten as they load ({@link SnippetWeaver}) so that a stop
 * request ends even a pure-Java loop or a runaway recursion, on every JDK: stopping raises the
 * woven flag and the toolkit's stop flag, and interrupts the thread (for a snippet that sleeps or
 * waits). A long native call (one big matrix product) still runs to its end before it stops.
 */
final class SessionExecutionControl extends DirectExecutionControl {
    private final Runnable threadInit;
    private final Runnable onStop;
    private final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
    private volatile Thread worker;
    private volatile CompletableFuture<Object> running;
    private volatile String blocked;
    private volatile boolean stopped;
    private volatile Function<Object, String> display = value -> null;

    SessionExecutionControl(Runnable threadInit, Runnable onStop) {
        this.threadInit = threadInit;
        this.onStop = onStop;
        startWorker();
    }

    private void startWorker() {
        // A deep stack: learners write recursive code (a topological sort over a large graph). Not
        // deeper: a runaway recursion must end soon, and unwinding it after Ctrl-C takes time
        // in proportion to its depth (seconds for 256 MB).
        Thread t = new Thread(null, this::work, "dltutor-session", 64L << 20);
        t.setDaemon(true);
        worker = t;
        t.start();
    }

    private void work() {
        threadInit.run();
        Thread me = Thread.currentThread();
        while (worker == me) {
            try {
                tasks.take().run();
            } catch (InterruptedException e) {
                // a stop request that arrived between snippets; keep serving
            }
        }
    }

    void displayValuesWith(Function<Object, String> value) {
        display = value;
    }

    /** A value as the learner sees it: the display's text, else jshell's. */
    private String shown(Object value) {
        String text = display.apply(value);
        return text == null ? valueString(value) : text;
    }

    /** Forgets an old stop request: called as the learner's next input starts. */
    void newInput() {
        StopCheck.clear();
    }

    /** Whether a snippet is running now. */
    boolean isRunning() {
        return running != null;
    }

    /** Returns and clears whether the last snippet was stopped. */
    boolean takeStopped() {
        boolean s = stopped;
        stopped = false;
        return s;
    }

    /** Returns and clears the call that made the last load refuse a snippet, or null. */
    String takeBlocked() {
        String b = blocked;
        blocked = null;
        return b;
    }

    @Override
    public void load(ClassBytecodes[] cbcs)
            throws ClassInstallException, NotImplementedException, EngineTerminationException {
        ClassBytecodes[] woven = new ClassBytecodes[cbcs.length];
        for (int i = 0; i < cbcs.length; i++) {
            SnippetWeaver.Result r = SnippetWeaver.weave(cbcs[i].bytecodes());
            if (r.exitCall() != null) {
                blocked = r.exitCall();
                throw new ClassInstallException(
                        "blocked: " + r.exitCall(), new boolean[cbcs.length]);
            }
            woven[i] = new ClassBytecodes(cbcs[i].name(), r.bytes());
        }
        super.load(woven);
    }

    @Override
    protected String invoke(Method doitMethod) throws Exception {
        CompletableFuture<Object> f = new CompletableFuture<>();
        running = f;
        tasks.put(
                () -> {
                    Thread.interrupted(); // a stale interrupt must not hit this snippet
                    try {
                        Object value = doitMethod.invoke(null);
                        f.complete(shown(value));
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        f.completeExceptionally(translate(e.getCause(), e));
                    } catch (Throwable e) {
                        f.completeExceptionally(translate(e, e));
                    }
                });
        try {
            return (String) f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StoppedException se) {
                stopped = blocked == null;
                throw se;
            }
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw new java.lang.reflect.InvocationTargetException(e.getCause());
        } finally {
            running = null;
        }
    }

    /** A stop or a refused exit becomes JShell's {@link StoppedException}; anything else stays. */
    private Throwable translate(Throwable cause, Throwable thrown) {
        if (cause instanceof StopCheck.SnippetStopped) {
            return new StoppedException();
        }
        if (cause instanceof StopCheck.ExitRefused refused) {
            blocked = refused.call();
            return new StoppedException();
        }
        if (StopCheck.requested()) {
            return new StoppedException(); // e.g. the InterruptedException of a sleep the stop woke
        }
        return thrown;
    }

    @Override
    public void stop() {
        CompletableFuture<Object> f = running;
        onStop.run();
        StopCheck.request(); // also while the snippet still compiles: it stops as it starts
        Thread t = worker;
        if (f != null && t != null) {
            t.interrupt();
        }
    }

    @Override
    public void close() {
        Thread t = worker;
        worker = null;
        if (t != null) {
            t.interrupt();
        }
        super.close();
    }
}
