package dltutor.check;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * What lesson checks call to compare the learner's results with the expected ones. Every failure
 * says what was expected and what was seen.
 */
public final class Expect {
    private Expect() {}

    /**
     * The running check's random source: seeded by the tutor, and the seed is printed with the
     * check's failure so that a failure can be replayed. Draw every random test input from it.
     * Outside a check (a learner trying a check's code at the prompt) it is seeded with 0.
     */
    public static Random random() {
        Random r = Bridge.random();
        return r == null ? new Random(0) : r;
    }

    /** Fails with {@code message} unless {@code condition} holds. */
    public static void that(boolean condition, String message) {
        if (!condition) {
            throw new CheckFailure(message);
        }
    }

    /** Fails with {@code message}. */
    public static CheckFailure fail(String message) {
        throw new CheckFailure(message);
    }

    /**
     * Expects {@code got} within {@code tol} of {@code want}, absolutely: |got − want| ≤ tol (NaN
     * never is). For values whose scale varies, use {@link #closeRelative}; an absolute-or-relative
     * rule made statistical bounds on large counts accept almost anything.
     */
    public static void close(String what, double got, double want, double tol) {
        double diff = Math.abs(got - want);
        if (!(diff <= tol)) {
            throw new CheckFailure(
                    String.format(
                            Locale.ROOT,
                            "%s: expected %s, got %s (difference %s, tolerance %s)",
                            what,
                            num(want, got),
                            num(got, want),
                            num(diff),
                            num(tol)));
        }
        Bridge.difference(diff);
    }

    /**
     * Expects {@code got} within a share {@code rel} of {@code want}: |got − want| ≤ rel·|want|, or
     * ≤ {@code rel} when |want| < 1 (so that a want of 0 is not an exact test).
     */
    public static void closeRelative(String what, double got, double want, double rel) {
        close(what, got, want, rel * Math.max(1, Math.abs(want)));
    }

    /** Expects arrays of equal length whose elements are each within {@code tol}. */
    public static void close(String what, double[] got, double[] want, double tol) {
        if (got == null) {
            throw new CheckFailure(what + ": got null");
        }
        if (got.length != want.length) {
            throw new CheckFailure(
                    String.format(
                            Locale.ROOT,
                            "%s: expected %d values, got %d",
                            what,
                            want.length,
                            got.length));
        }
        double max = 0;
        int at = -1;
        for (int i = 0; i < got.length; i++) {
            double d = Math.abs(got[i] - want[i]);
            if (Double.isNaN(got[i]) || d > max) {
                max = Double.isNaN(got[i]) ? Double.POSITIVE_INFINITY : d;
                at = i;
            }
        }
        if (max > tol) {
            throw new CheckFailure(
                    String.format(
                            Locale.ROOT,
                            "%s: max difference %s at index %d (expected %s, got %s; tolerance %s)",
                            what,
                            num(max),
                            at,
                            num(want[at], got[at]),
                            num(got[at], want[at]),
                            num(tol)));
        }
        Bridge.difference(max);
    }

    /** Expects equal shapes. */
    public static void shape(String what, long[] got, long... want) {
        if (!Arrays.equals(got, want)) {
            throw new CheckFailure(
                    what
                            + ": expected shape "
                            + Arrays.toString(want)
                            + ", got "
                            + Arrays.toString(got));
        }
    }

    /** Expects {@code got} to equal {@code want}. */
    public static void equal(String what, Object got, Object want) {
        if (!java.util.Objects.equals(got, want)) {
            throw new CheckFailure(what + ": expected " + want + ", got " + got);
        }
    }

    /** Expects {@code got >= min}. */
    public static void atLeast(String what, double got, double min) {
        if (!(got >= min)) {
            throw new CheckFailure(
                    String.format(
                            Locale.ROOT,
                            "%s: expected at least %s, got %s",
                            what,
                            num(min),
                            num(got)));
        }
        Bridge.detail(what + " = " + num(got));
    }

    /** Expects {@code got <= max}. */
    public static void atMost(String what, double got, double max) {
        if (!(got <= max)) {
            throw new CheckFailure(
                    String.format(
                            Locale.ROOT,
                            "%s: expected at most %s, got %s",
                            what,
                            num(max),
                            num(got)));
        }
        Bridge.detail(what + " = " + num(got));
    }

    /**
     * Formats {@code x} for a message that also shows {@code other}: compactly, but with as many
     * digits as it takes for two different numbers not to print the same.
     */
    public static String num(double x, double other) {
        String a = num(x);
        if (x == other || Double.isNaN(x) || Double.isNaN(other) || !a.equals(num(other))) {
            return a;
        }
        for (int digits = 7; digits <= 17; digits++) {
            String fx = String.format(Locale.ROOT, "%." + digits + "g", x);
            if (!fx.equals(String.format(Locale.ROOT, "%." + digits + "g", other))) {
                return fx;
            }
        }
        return Double.toString(x);
    }

    /** Formats a number compactly for messages. */
    public static String num(double x) {
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.toString(x);
        }
        double a = Math.abs(x);
        if (a >= 1e-3 && a < 1e6) {
            String s = String.format(Locale.ROOT, "%.6g", x);
            return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        }
        return String.format(Locale.ROOT, "%.3e", x);
    }
}
