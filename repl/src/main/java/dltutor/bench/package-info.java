/**
 * Benchmarks behind {@code scripts/bench}: the toolkit's {@code fit} against a hand-written DJL
 * loop on the same models, and memory over repeated trainings. Each measurement prints one JSON
 * line; the script collects them into a table and {@code target/bench/bench.json}.
 */
package dltutor.bench;
