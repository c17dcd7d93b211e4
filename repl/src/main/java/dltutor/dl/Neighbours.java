package dltutor.dl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Nearest neighbours by cosine similarity among the rows of an embedding table: the way word2vec
 * (Mikolov et al. 2013) inspects what its vectors learned, and the way analogies ("king − man +
 * woman") are answered.
 *
 * <p>cos(a, b) = a·b / (‖a‖ ‖b‖), in [−1, 1]: it compares directions and ignores lengths, which in
 * word vectors grow with word frequency. A row or query of length zero has similarity 0 with
 * everything.
 *
 * <pre>{@code
 * NDArray table = ...;                                   // (V, D) one vector per word
 * int[] best = Neighbours.nearest(table, table.get(42), 5, 42);  // 5 closest words, not 42 itself
 * }</pre>
 */
public final class Neighbours {

    private Neighbours() {}

    /**
     * The cosine similarity of {@code query} with every row of {@code table}.
     *
     * @param table (V, D)
     * @param query (D)
     * @return V similarities
     */
    public static double[] cosineSimilarities(NDArray table, NDArray query) {
        if (table.getShape().dimension() != 2
                || query.getShape().dimension() != 1
                || table.getShape().get(1) != query.getShape().get(0)) {
            throw new IllegalArgumentException(
                    "want a (V, D) table and a (D) query, got "
                            + table.getShape()
                            + " and "
                            + query.getShape());
        }
        int v = (int) table.getShape().get(0);
        int d = (int) table.getShape().get(1);
        double[] t = doubles(table);
        double[] q = doubles(query);
        double qn = Math.sqrt(dot(q, 0, q, 0, d));
        double[] out = new double[v];
        for (int i = 0; i < v; i++) {
            double rn = Math.sqrt(dot(t, i * d, t, i * d, d));
            out[i] = rn == 0 || qn == 0 ? 0 : dot(t, i * d, q, 0, d) / (rn * qn);
        }
        return out;
    }

    /**
     * The indices of the {@code k} rows most similar to {@code query}, most similar first, leaving
     * out the indices in {@code exclude} (e.g. the query word itself).
     */
    public static int[] nearest(NDArray table, NDArray query, int k, int... exclude) {
        double[] sims = cosineSimilarities(table, query);
        return IntStream.range(0, sims.length)
                .filter(i -> Arrays.stream(exclude).noneMatch(e -> e == i))
                .boxed()
                .sorted(
                        Comparator.comparingDouble((Integer i) -> -sims[i])
                                .thenComparingInt(i -> i))
                .limit(Math.max(0, k))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    private static double dot(double[] a, int ai, double[] b, int bi, int n) {
        double s = 0;
        for (int j = 0; j < n; j++) {
            s += a[ai + j] * b[bi + j];
        }
        return s;
    }

    private static double[] doubles(NDArray a) {
        try (NDArray f = a.toType(DataType.FLOAT64, true)) {
            return f.toDoubleArray();
        }
    }
}
