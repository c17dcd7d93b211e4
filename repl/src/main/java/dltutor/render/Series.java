package dltutor.render;

import java.util.Arrays;
import java.util.Objects;

/**
 * One named data series for a {@link Chart}: points {@code (xs[i], ys[i])}.
 *
 * <p>The arrays are copied on the way in and out, so a series never changes after creation. Points
 * whose coordinates are NaN or infinite are kept here and skipped when drawing.
 *
 * @param name legend label; may be empty (then the series has no legend entry)
 * @param xs x coordinates
 * @param ys y coordinates, as many as {@code xs}
 */
public record Series(String name, double[] xs, double[] ys) {

    /** Validates and copies the arrays. */
    public Series {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(xs, "xs");
        Objects.requireNonNull(ys, "ys");
        if (xs.length != ys.length) {
            throw new IllegalArgumentException(
                    "xs and ys differ in length: " + xs.length + " vs " + ys.length);
        }
        xs = xs.clone();
        ys = ys.clone();
    }

    /** A series of {@code ys} against their indices {@code 0, 1, ..., n-1}. */
    public static Series of(String name, double[] ys) {
        double[] xs = new double[ys.length];
        Arrays.setAll(xs, i -> i);
        return new Series(name, xs, ys);
    }

    /** Number of points. */
    public int size() {
        return xs.length;
    }

    /** A copy of the x coordinates. */
    @Override
    public double[] xs() {
        return xs.clone();
    }

    /** A copy of the y coordinates. */
    @Override
    public double[] ys() {
        return ys.clone();
    }

    /** Equal when names and all coordinates are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Series that
                && name.equals(that.name)
                && Arrays.equals(xs, that.xs)
                && Arrays.equals(ys, that.ys);
    }

    /** Hash consistent with {@link #equals}. */
    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(xs), Arrays.hashCode(ys));
    }

    /** The name and the number of points. */
    @Override
    public String toString() {
        return "Series[" + name + ", " + xs.length + " points]";
    }
}
