package dltutor.check;

import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Where a check running inside the learner's session hands its verdict to the tutor.
 *
 * <p>The tutor makes a fresh secret token for every grading, wraps each check body as {@code
 * dltutor.check.Bridge.run("token", "name", seed, () -> { body });}, evaluates it in the session,
 * and then calls {@link #take(String)} with the same token. Learner code cannot forge a verdict: it
 * does not know the token, a call made while a check is running (a learner's call from inside the
 * check) fails that check, and anything the body throws, {@link Error}s included, is a failure with
 * a readable message.
 *
 * <p>Each check gets a {@link Random} seeded by the tutor ({@link Expect#random()}); a failure of a
 * check that drew from it names the seed, so the failure can be replayed.
 */
public final class Bridge {
    private static final AtomicReference<Sealed> LAST = new AtomicReference<>();
    private static final ThreadLocal<Details> DETAIL = new ThreadLocal<>();

    /** A verdict with the token of the check that produced it. */
    private record Sealed(String token, Verdict verdict) {}

    /**
     * What a running check measured: the largest difference seen, a few notes, its random source.
     */
    private static final class Details {
        final long seed;
        Random random;
        double maxDiff = -1;
        int comparisons;
        final StringBuilder notes = new StringBuilder();

        Details(long seed) {
            this.seed = seed;
        }

        String summary() {
            String diff =
                    comparisons == 0
                            ? ""
                            : comparisons == 1
                                    ? "difference " + Expect.num(maxDiff)
                                    : "max difference "
                                            + Expect.num(maxDiff)
                                            + " over "
                                            + comparisons
                                            + " comparisons";
            if (notes.length() == 0) {
                return diff;
            }
            return diff.isEmpty() ? notes.toString() : diff + "; " + notes;
        }

        String withSeed(String message) {
            return random == null ? message : message + " (seed " + seed + ")";
        }
    }

    private Bridge() {}

    /** A check body; it may throw anything, which counts as a failure. */
    @FunctionalInterface
    public interface Body {
        /** Runs the check. */
        void run() throws Exception;
    }

    /**
     * Runs a check body and records its verdict under {@code token}. Only the tutor calls this; a
     * call from inside a running check fails that check.
     *
     * @param token the grading's secret, which {@link #take(String)} must be given
     * @param name the check's name
     * @param seed the seed of the check's {@link Expect#random()}
     * @param body the check
     */
    public static void run(String token, String name, long seed, Body body) {
        if (DETAIL.get() != null) {
            throw new CheckFailure("only the tutor's own checks may call Bridge.run");
        }
        Details details = new Details(seed);
        DETAIL.set(details);
        Verdict verdict;
        try {
            body.run();
            verdict = new Verdict.Pass(name, details.summary());
        } catch (CheckFailure e) {
            verdict = new Verdict.Fail(name, details.withSeed(e.getMessage()));
        } catch (StackOverflowError e) {
            verdict = new Verdict.Fail(name, "your code recursed without end (StackOverflowError)");
        } catch (Error e) {
            if (isStop(e)) {
                throw e; // the learner pressed Ctrl-C: the snippet stops, no verdict
            }
            verdict = new Verdict.Fail(name, details.withSeed(describe(e)));
        } catch (Throwable e) {
            verdict = new Verdict.Fail(name, details.withSeed(describe(e)));
        } finally {
            DETAIL.remove();
        }
        LAST.set(new Sealed(token, verdict));
    }

    /**
     * Whether {@code e} is the session's stop signal (thrown into woven snippet code once the
     * learner presses Ctrl-C). Named, not referenced: this package depends on nothing of the
     * session.
     */
    private static boolean isStop(Error e) {
        return e.getClass().getName().equals("dltutor.session.StopCheck$SnippetStopped");
    }

    /** The current check's random source, seeded by the tutor; null outside a check. */
    static Random random() {
        Details d = DETAIL.get();
        if (d == null) {
            return null;
        }
        if (d.random == null) {
            d.random = new Random(d.seed);
        }
        return d.random;
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

    /**
     * Removes the last recorded verdict and returns it if it was recorded under {@code token};
     * otherwise (none, or one recorded under another token) returns null.
     */
    public static Verdict take(String token) {
        Sealed s = LAST.getAndSet(null);
        return s != null && s.token().equals(token) ? s.verdict() : null;
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
