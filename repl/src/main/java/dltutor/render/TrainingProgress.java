package dltutor.render;

import java.util.Locale;

/**
 * The live status line of a training run, rewritten in place with {@code \r}:
 *
 * <pre>{@code
 * epoch 2/5  step 37/160 ━━━━━━━━━────────────  loss 0.4123  812 steps/s  ETA 12s
 * }</pre>
 *
 * <p>In the spirit of tqdm (2015) and Keras's progress bar: one line that shows a run is alive, how
 * fast it goes and when it will end. Unknown totals are left out (no bar, no ETA). The text never
 * exceeds the width it is given, so the terminal does not wrap it (a wrapped line cannot be
 * rewritten with {@code \r}). {@code ETA = remaining steps / steps per second}.
 *
 * @param epoch current epoch, from 1
 * @param epochs planned epochs, or 0 if unknown
 * @param step steps done in this epoch
 * @param steps steps per epoch, or 0 if unknown
 * @param loss smoothed training loss (NaN before the first step)
 * @param stepsPerSecond training speed (NaN if not yet measured)
 * @param etaSeconds estimated seconds left (NaN if unknown)
 */
public record TrainingProgress(
        int epoch,
        int epochs,
        long step,
        long steps,
        double loss,
        double stepsPerSecond,
        double etaSeconds) {

    private static final int MAX_BAR = 20;
    private static final int MIN_BAR = 5;

    /**
     * The line, at most {@code width} columns, without {@code \r} or newline. When space is short
     * the bar goes first, then the speed, then the ETA, then the loss.
     */
    public String render(int width, boolean unicode) {
        String head =
                "epoch "
                        + epoch
                        + (epochs > 0 ? "/" + epochs : "")
                        + "  step "
                        + step
                        + (steps > 0 ? "/" + steps : "");
        String lossPart = Double.isNaN(loss) ? "" : "  loss " + loss(loss);
        String speedPart =
                Double.isFinite(stepsPerSecond) ? "  " + rate(stepsPerSecond) + " steps/s" : "";
        String etaPart = Double.isFinite(etaSeconds) ? "  ETA " + duration(etaSeconds) : "";
        String[][] choices = {
            {lossPart, speedPart, etaPart}, {lossPart, etaPart}, {lossPart}, {},
        };
        for (String[] parts : choices) {
            String tail = String.join("", parts);
            int room = width - head.length() - tail.length() - 1;
            if (room < 0) {
                continue;
            }
            String bar = "";
            if (steps > 0 && room >= MIN_BAR + (unicode ? 0 : 2)) {
                bar =
                        " "
                                + bar(
                                        step / (double) steps,
                                        Math.min(MAX_BAR, room - (unicode ? 0 : 2)),
                                        unicode);
            }
            return head + bar + tail;
        }
        return head.length() > width ? head.substring(0, Math.max(0, width)) : head;
    }

    /**
     * A bar {@code cells} wide filled to {@code fraction}: {@code ━━━╸───} or {@code [===>---]}.
     */
    static String bar(double fraction, int cells, boolean unicode) {
        double f = Math.max(0, Math.min(1, fraction));
        int done = (int) Math.floor(f * cells);
        boolean partial = done < cells && f * cells - done >= 0.5;
        int rest = cells - done - (partial ? 1 : 0);
        if (unicode) {
            return "\u2501".repeat(done) + (partial ? "\u2578" : "") + "\u2500".repeat(rest);
        }
        return "[" + "=".repeat(done) + (partial ? ">" : "") + "-".repeat(rest) + "]";
    }

    /** A loss with 4 significant digits, e.g. {@code 0.4123}, {@code 12.35}, {@code 1.2e-05}. */
    public static String loss(double loss) {
        if (!Double.isFinite(loss)) {
            return String.valueOf(loss);
        }
        double a = Math.abs(loss);
        if (a != 0 && (a < 1e-3 || a >= 1e5)) {
            return String.format(Locale.ROOT, "%.2e", loss);
        }
        int decimals = a >= 1000 ? 0 : a >= 100 ? 1 : a >= 10 ? 2 : 4;
        return String.format(Locale.ROOT, "%." + decimals + "f", loss);
    }

    /** A speed with 3 significant digits, e.g. {@code 812}, {@code 45.2}, {@code 3.10}. */
    static String rate(double perSecond) {
        return perSecond >= 100
                ? String.format(Locale.ROOT, "%.0f", perSecond)
                : perSecond >= 10
                        ? String.format(Locale.ROOT, "%.1f", perSecond)
                        : String.format(Locale.ROOT, "%.2f", perSecond);
    }

    /** A duration: {@code 0.4s}, {@code 12s}, {@code 3m05s}, {@code 1h02m}. */
    public static String duration(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            return "?";
        } else if (seconds < 9.95) {
            return String.format(Locale.ROOT, "%.1fs", seconds);
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return s + "s";
        } else if (s < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60);
    }
}
