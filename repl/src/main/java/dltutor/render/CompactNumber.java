package dltutor.render;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Short number labels for chart axes: {@code 0.0123}, {@code 1.2e-05}, {@code 150}, {@code 3.5k},
 * {@code 2M}. Trailing zeros are dropped.
 */
final class CompactNumber {

    private static final String[] SUFFIXES = {"", "k", "M", "G", "T"};

    private CompactNumber() {}

    /** Formats {@code value} with 3 significant digits. */
    static String format(double value) {
        return format(value, 3);
    }

    /** Formats {@code value} with at most {@code digits} significant digits. */
    static String format(double value, int digits) {
        if (Double.isNaN(value)) {
            return "NaN";
        } else if (Double.isInfinite(value)) {
            return value > 0 ? "Inf" : "-Inf";
        } else if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        if (magnitude < 1e-3 || magnitude >= 1e15) {
            return scientific(value, digits);
        }
        int unit = 0;
        BigDecimal scaled = round(value, digits);
        while (scaled.abs().compareTo(BigDecimal.valueOf(1000)) >= 0
                && unit < SUFFIXES.length - 1) {
            unit++;
            scaled = round(value / Math.pow(1000, unit), digits);
        }
        return scaled.stripTrailingZeros().toPlainString() + SUFFIXES[unit];
    }

    private static BigDecimal round(double value, int digits) {
        return new BigDecimal(value).round(new MathContext(digits));
    }

    /** {@code 1.2e-05} style, mantissa without trailing zeros. */
    private static String scientific(double value, int digits) {
        String text = String.format(Locale.ROOT, "%." + (digits - 2) + "e", value);
        int e = text.indexOf('e');
        String mantissa = text.substring(0, e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return mantissa + text.substring(e);
    }
}
