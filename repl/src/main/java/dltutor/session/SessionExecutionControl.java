package dltutor.session;

import java.lang.reflect.Method;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import jdk.jshell.execution.DirectExecutionControl;

/**
 * Runs every snippet in the tutor's JVM on one long-lived session thread, so that the learner's
 * objects are real objects the checks can read and per-thread engine state (PyTorch's grad mode)
 * is set once. Stopping interrupts the thread and raises the toolkit's stop flag; if the snippet
 * does not return soon (a Java loop that never looks at the flag), the thread is stopped by force
 * where the JVM still allows it, and a fresh one takes its place.
 */
final class SessionExecutionControl extends DirectExecutionControl {
    private static final long FORCE_AFTER_MS = 1500;

    private final Runnable threadInit;
    private final Runnable onStop;
    private final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
    private volatile Thread worker;
    private volatile CompletableFuture<Object> running;
    private volatile String blocked;
    private volatile boolean stopped;

    SessionExecutionControl(Runnable threadInit, Runnable onStop) {
        this.threadInit = threadInit;
        this.onStop = onStop;
        startWorker();
    }

    private void startWorker() {
        // A deep stack: learners write recursive code (a topological sort over a large graph).
        Thread t = new Thread(null, this::work, "dltutor-session", 256L << 20);
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
            } catch (ThreadDeath e) {
                return; // stopped by force; a fresh worker has taken over
            }
        }
    }

    /** Runs {@code task} on the session thread and waits for it. */
    <T> T call(java.util.concurrent.Callable<T> task) throws Exception {
        CompletableFuture<Object> f = new CompletableFuture<>();
        tasks.put(() -> {
            try {
                f.complete(task.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        try {
            @SuppressWarnings("unchecked")
            T result = (T) f.get();
            return result;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
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
    public void load(ClassBytecodes[] cbcs) throws ClassInstallException, NotImplementedException,
            EngineTerminationException {
        for (ClassBytecodes cbc : cbcs) {
            var call = ExitGuard.exitCall(cbc.bytecodes());
            if (call.isPresent()) {
                blocked = call.get();
                throw new ClassInstallException("blocked: " + call.get(), new boolean[cbcs.length]);
            }
        }
        super.load(cbcs);
    }

    @Override
    protected String invoke(Method doitMethod) throws Exception {
        CompletableFuture<Object> f = new CompletableFuture<>();
        running = f;
        tasks.put(() -> {
            Thread.interrupted(); // a stale interrupt must not hit this snippet
            try {
                Object value = doitMethod.invoke(null);
                f.complete(valueString(value));
            } catch (java.lang.reflect.InvocationTargetException e) {
                if (e.getCause() instanceof ThreadDeath) {
                    f.completeExceptionally(new StoppedException());
                } else {
                    f.completeExceptionally(e);
                }
            } catch (ThreadDeath e) {
                f.completeExceptionally(new StoppedException());
                throw e;
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        try {
            return (String) f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StoppedException se) {
                stopped = true;
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

    @Override
    public void stop() {
        CompletableFuture<Object> f = running;
        onStop.run();
        Thread t = worker;
        if (f == null || t == null) {
            return;
        }
        t.interrupt();
        Thread enforcer = new Thread(() -> forceStop(f, t), "dltutor-stop");
        enforcer.setDaemon(true);
        enforcer.start();
    }

    @SuppressWarnings({"deprecation", "removal"})
    private void forceStop(CompletableFuture<Object> f, Thread t) {
        try {
            f.get(FORCE_AFTER_MS, TimeUnit.MILLISECONDS);
            return; // the snippet noticed the flag or the interrupt and returned
        } catch (TimeoutException e) {
            // still running: fall through
        } catch (InterruptedException | ExecutionException e) {
            return;
        }
        if (Runtime.version().feature() >= 20) {
            return; // Thread.stop is gone; the snippet ends when it next checks the stop flag
        }
        startWorker();
        f.completeExceptionally(new StoppedException());
        t.stop();
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
