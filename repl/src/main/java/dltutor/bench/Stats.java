package dltutor.bench;

import java.util.Arrays;
import java.util.Locale;

/** Medians and the JSON lines every benchmark prints. */
public final class Stats {
    private Stats() {}

    /** The median of some samples. */
    public static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /** Prints one result: {@code {"name", "ours", "peer", "unit", "note"}} (peer may be NaN). */
    public static void emit(String name, double ours, double peer, String unit, String note) {
        emit(name, ours, peer, Double.NaN, unit, note);
    }

    /**
     * As {@link #emit(String, double, double, String, String)}, with the ratio given (for example
     * the median of per-round ratios, which resists a noisy machine better than a ratio of
     * medians).
     */
    public static void emit(
            String name, double ours, double peer, double ratio, String unit, String note) {
        System.out.printf(
                Locale.ROOT,
                "{\"name\": \"%s\", \"ours\": %.6g, \"peer\": %s,%s \"unit\": \"%s\", \"note\": \"%s\"}%n",
                name,
                ours,
                Double.isNaN(peer) ? "null" : String.format(Locale.ROOT, "%.6g", peer),
                Double.isNaN(ratio) ? "" : String.format(Locale.ROOT, " \"ratio\": %.6g,", ratio),
                unit,
                note.replace("\"", "'"));
        System.out.flush();
    }
}
