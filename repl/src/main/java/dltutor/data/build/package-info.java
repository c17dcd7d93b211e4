/**
 * Rebuilds the checked-in datasets from their sources (Debian's and npm's packages), run by {@code
 * scripts/fetch-datasets}. Deterministic: the same sources give the same files and the same {@code
 * SHA256SUMS}. Uses the JDK only, so the script can compile it with {@code javac} alone.
 */
package dltutor.data.build;
