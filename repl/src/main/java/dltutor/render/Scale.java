package dltutor.render;

/**
 * Maps data values on one chart axis to fractions {@code 0..1} of the axis length.
 *
 * <p>{@code min} and {@code max} are in axis space: the values themselves for a linear axis, their
 * base-10 logarithms for a log axis.
 *
 * @param min axis-space value at fraction 0
 * @param max axis-space value at fraction 1, greater than {@code min}
 * @param log whether the axis is logarithmic
 */
record Scale(double min, double max, boolean log) {

    /**
     * A scale from {@code lo} to {@code hi} (data values). Equal ends, as from constant data, are
     * widened so the data sits in the middle instead of dividing by zero.
     */
    static Scale covering(double lo, double hi, boolean log) {
        double a = toAxis(lo, log);
        double b = toAxis(hi, log);
        if (a == b) {
            double pad = a == 0 ? 1 : Math.abs(a) * 0.1;
            return new Scale(a - pad, b + pad, log);
        }
        return new Scale(Math.min(a, b), Math.max(a, b), log);
    }

    /**
     * The value in axis space, or NaN if it cannot be drawn (not finite, or not positive on a log
     * axis).
     */
    static double toAxis(double value, boolean log) {
        if (!Double.isFinite(value) || (log && value <= 0)) {
            return Double.NaN;
        }
        return log ? Math.log10(value) : value;
    }

    /**
     * Position of {@code value} as a fraction of the axis (outside {@code 0..1} if off the axis).
     */
    double fraction(double value) {
        return (toAxis(value, log) - min) / (max - min);
    }

    /** The data value at {@code fraction} of the axis, e.g. for tick labels. */
    double valueAt(double fraction) {
        double axis = min + fraction * (max - min);
        return log ? Math.pow(10, axis) : axis;
    }
}
