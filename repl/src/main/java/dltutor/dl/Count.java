package dltutor.dl;

import java.util.Locale;

/**
 * A whole number shown with thousands separators ({@code 50,890}) or compactly ({@code 3.2M}); a
 * {@link Number} so that {@code Table} right-aligns it.
 */
final class Count extends Number {

    private final long value;
    private final boolean compact;

    private Count(long value, boolean compact) {
        this.value = value;
        this.compact = compact;
    }

    static Count of(long value) {
        return new Count(value, false);
    }

    static Count compact(long value) {
        return new Count(value, true);
    }

    @Override
    public int intValue() {
        return (int) value;
    }

    @Override
    public long longValue() {
        return value;
    }

    @Override
    public float floatValue() {
        return value;
    }

    @Override
    public double doubleValue() {
        return value;
    }

    @Override
    public String toString() {
        if (!compact || Math.abs(value) < 10_000) {
            return String.format(Locale.ROOT, "%,d", value);
        }
        String[] units = {"k", "M", "G", "T", "P"};
        double v = value;
        int u = -1;
        while (Math.abs(v) >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return String.format(
                Locale.ROOT, v >= 100 ? "%.0f%s" : v >= 10 ? "%.1f%s" : "%.2f%s", v, units[u]);
    }
}
