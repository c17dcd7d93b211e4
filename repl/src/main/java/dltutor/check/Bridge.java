package dltutor.check;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Where a check running inside the learner's session hands its verdict to the tutor. The tutor
 * wraps each check body as {@code dltutor.check.Bridge.run("name", () -> { body });}, evaluates
 * it in the session, and then calls {@link #take()}.
 */
public final class Bridge {
    private static final AtomicReference<Verdict> LAST = new AtomicReference<>();
    private static final ThreadLocal<Details> DETAIL = new ThreadLocal<>();

    /** What a passing check measured: the largest difference seen, and a few notes. */
    private static final class Details {
        double maxDiff = -1;
        int comparisons;
        final StringBuilder notes = new StringBuilder();

        String summary() {
            String diff = comparisons == 0 ? "" : comparisons == 1
                    ? "difference " + Expect.num(maxDiff)
                    : "max difference " + Expect.num(maxDiff) + " over " + comparisons + " comparisons";
            if (notes.length() == 0) {
                return diff;
            }
            return diff.isEmpty() ? notes.toString() : diff + "; " + notes;
        }
    }

    private Bridge() {}

    /** A check body; it may throw anything, which counts as a failure. */
    @FunctionalInterface
    public interface Body {
        /** Runs the check. */
        void run() throws Exception;
    }

    /** Runs a check body and records its verdict. */
    public static void run(String name, Body body) {
        DETAIL.set(new Details());
        try {
            body.run();
            LAST.set(new Verdict.Pass(name, DETAIL.get().summary()));
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

    /** Notes a measured value of a passing check (at most three are kept). */
    static void detail(String text) {
        Details d = DETAIL.get();
        if (d != null && d.notes.chars().filter(c -> c == ';').count() < 2) {
            d.notes.append(d.notes.length() > 0 ? "; " : "").append(text);
        }
    }

    /** Notes one comparison's difference; the summary reports the largest. */
    static void difference(double diff) {
        Details d = DETAIL.get();
        if (d != null) {
            d.comparisons++;
            d.maxDiff = Math.max(d.maxDiff, diff);
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
