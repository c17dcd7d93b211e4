/**
 * Pure text rendering for the terminal tutor: Markdown, charts, tables, sparklines, images,
 * heatmaps, histograms and the training status line (plus PNG files of the pictures).
 *
 * <p>Everything in this package turns values into {@code String}s ({@code PngExport} into image
 * files). Nothing here talks to a terminal, JShell or DJL; callers decide where the text goes. ANSI
 * escape codes appear only when the caller passes an enabled {@link dltutor.render.Ansi} (or a
 * colour {@link dltutor.render.ColorMode}), and every renderer has a plain-ASCII mode for dumb
 * terminals.
 *
 * <ul>
 *   <li>{@link dltutor.render.Ansi} — styling helper and escape-aware length/strip.
 *   <li>{@link dltutor.render.TextWrap} — word wrap that ignores escape codes.
 *   <li>{@link dltutor.render.MarkdownRenderer} — CommonMark to terminal text, with {@link
 *       dltutor.render.JavaHighlighter} for code blocks.
 *   <li>{@link dltutor.render.Chart} and {@link dltutor.render.Series} — braille or ASCII line and
 *       scatter charts.
 *   <li>{@link dltutor.render.Table} and {@link dltutor.render.Sparkline} — small tabular and
 *       inline views of numbers.
 *   <li>{@link dltutor.render.Pixels}, {@link dltutor.render.HalfBlocks} and {@link
 *       dltutor.render.ImageGrid} — images with half-block pixels ({@code ▀}) in 24-bit or 256
 *       colours ({@link dltutor.render.ColorMode}), or an ASCII ramp.
 *   <li>{@link dltutor.render.Heatmap} (with {@link dltutor.render.Colormap}) and {@link
 *       dltutor.render.Histogram} — matrices and distributions.
 *   <li>{@link dltutor.render.TrainingProgress} — the live status line of a training run.
 *   <li>{@link dltutor.render.PngExport} — the same pictures as PNG files (JDK only, headless).
 * </ul>
 */
package dltutor.render;
