/**
 * The data the lessons learn from, preloaded into every session through {@link
 * dltutor.data.Datasets}: Fashion-MNIST (Xiao, Rasul &amp; Vollgraf 2017), State of the Union
 * addresses, English first names, and seeded synthetic generators (XOR, moons, spirals, Gaussian
 * mixtures, copy/reverse/addition/date sequences, shapes with segmentation masks).
 *
 * <p>Checked-in sets live under {@code datasets/<name>/} with a README and a {@code SHA256SUMS};
 * every file is verified before it is read, and a damaged file raises a {@link
 * dltutor.data.DatasetException} that names the file and the fix. Full sets that are not checked in
 * (the 70,000 Fashion-MNIST images of Debian's {@code dataset-fashion-mnist}) are used when present
 * and validated by their IDX headers. Nothing is downloaded at run time.
 *
 * <p>This package may use DJL, the JDK and {@code dltutor.runtime} (the session's manager); it
 * knows nothing of the toolkit ({@code dltutor.dl}, which depends on it), the console, the session
 * or the lessons.
 */
package dltutor.data;
