package dltutor.data;

import java.util.List;

/**
 * The four eras that label the State of the Union corpus: founding to the Mexican War, the Civil
 * War century, the world wars, and the post-war era. Used to pick a balanced subset of addresses
 * and as the classes of the era-classification task.
 */
public final class SotuEras {
    /** The eras' names, indexed by class. */
    public static final List<String> NAMES =
            List.of("1790-1849", "1850-1899", "1900-1949", "1950-");

    private static final int[] FIRST_YEARS = {1790, 1850, 1900, 1950};

    private SotuEras() {}

    /** The era of a year, 0..3. */
    public static int of(int year) {
        if (year < FIRST_YEARS[0]) {
            throw new IllegalArgumentException(
                    "no State of the Union address before 1790: " + year);
        }
        int era = 0;
        while (era + 1 < FIRST_YEARS.length && year >= FIRST_YEARS[era + 1]) {
            era++;
        }
        return era;
    }

    /** The number of eras. */
    public static int count() {
        return NAMES.size();
    }
}
