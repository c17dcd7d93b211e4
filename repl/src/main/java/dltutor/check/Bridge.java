package dltutor.check;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Where a check running inside the learner's session hands its verdict to the tutor. The tutor
 * wraps each check body as {@code dltutor.check.Bridge.run("name", () -> { body });}, evaluates
 * it in the session, and then calls {@link #take()}.
 */
public final class Bridge {
    private static final AtomicReference<Verdict> LAST = new AtomicReference<>();
    private static final ThreadLocal<StringBuilder> DETAIL = new ThreadLocal<>();

    private Bridge() {}

    /** A check body; it may throw anything, which counts as a failure. */
    @FunctionalInterface
    public interface Body {
        /** Runs the check. */
        void run() throws Exception;
    }

    /** Runs a check body and records its verdict. */
    public static void run(String name, Body body) {
        DETAIL.set(new StringBuilder());
        try {
            body.run();
            LAST.set(new Verdict.Pass(name, DETAIL.get().toString()));
        } catch (CheckFailure e) {
            LAST.set(new Verdict.Fail(name, e.getMessage()));
        } catch (StackOverflowError e) {
            LAST.set(new Verdict.Fail(name, "your code recursed without end (StackOverflowError)"));
        } catch (Exception | AssertionError | LinkageError e) {
            LAST.set(new Verdict.Fail(name, describe(e)));
        } finally {
            DETAIL.remove();
        }
    }

    /** Notes a detail of a passing check (e.g. the max difference seen). */
    static void detail(String text) {
        StringBuilder sb = DETAIL.get();
        if (sb != null) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(text);
        }
    }

    /** Removes and returns the last recorded verdict, or null if none was recorded. */
    public static Verdict take() {
        return LAST.getAndSet(null);
    }

    static String describe(Throwable e) {
        String type = e.getClass().getSimpleName();
        String where = "";
        for (StackTraceElement el : e.getStackTrace()) {
            if (el.getClassName().startsWith("REPL.")) {
                where = " in " + el.getMethodName() + "(…)";
                break;
            }
        }
        String msg = e.getMessage() == null ? "" : ": " + e.getMessage();
        return "running your code raised " + type + msg + where;
    }
}
