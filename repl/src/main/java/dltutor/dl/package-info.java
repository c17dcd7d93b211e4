/**
 * The learner-facing toolkit, preloaded into every session with {@code import static
 * dltutor.dl.Toolkit.*}. {@link dltutor.dl.Toolkit} is the one facade; it forwards to the classes
 * that do the work:
 *
 * <ul>
 *   <li>{@link dltutor.dl.Training}, {@link dltutor.dl.FitConfig}, {@link dltutor.dl.History}: the
 *       {@code fit} loop with a live progress line, a loss chart, validation and Ctrl-C;
 *   <li>{@link dltutor.dl.Evaluation}: predictions, accuracy, confusion matrices;
 *   <li>{@link dltutor.dl.Inspect}: model summaries (shapes, parameters, FLOPs) and live arrays;
 *   <li>{@link dltutor.dl.Pictures}, {@link dltutor.dl.Plot}: images, heatmaps, histograms and
 *       charts in the terminal, PNG files on request;
 *   <li>{@link dltutor.dl.Shims}, {@link dltutor.dl.Masks}, {@link dltutor.dl.Sampling}: what the
 *       PyTorch engine lacks (multi-axis mean, upsampling, gradient clipping by norm, masked
 *       softmax, categorical sampling);
 *   <li>{@link dltutor.dl.Attention}: the Transformer's pieces (scaled dot-product and multi-head
 *       attention, sinusoidal positions, the post-LN and pre-LN block) for lessons after 19;
 *   <li>{@link dltutor.dl.Compute}: a matrix-multiply peak, Transformer FLOPs per token and model
 *       FLOPs utilisation (used by name, not forwarded by the facade);
 *   <li>{@link dltutor.runtime.DjlRuntime}, {@link dltutor.runtime.Stop} and {@link
 *       dltutor.runtime.Display} (in {@code dltutor.runtime}): the engine as the tutor runs it, the
 *       Ctrl-C flag, and what the terminal can show.
 * </ul>
 *
 * Datasets live in {@code dltutor.data} and are forwarded by the same facade.
 */
package dltutor.dl;
