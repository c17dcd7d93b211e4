/**
 * Pure text rendering for the terminal tutor: Markdown, charts, tables and sparklines.
 *
 * <p>Everything in this package turns values into {@code String}s. Nothing here talks to a
 * terminal, JShell or DJL; callers decide where the text goes. ANSI escape codes appear only
 * when the caller passes an enabled {@link dltutor.render.Ansi}, and every renderer has a
 * plain-ASCII mode for dumb terminals.
 *
 * <ul>
 *   <li>{@link dltutor.render.Ansi} — styling helper and escape-aware length/strip.</li>
 *   <li>{@link dltutor.render.TextWrap} — word wrap that ignores escape codes.</li>
 *   <li>{@link dltutor.render.MarkdownRenderer} — CommonMark to terminal text,
 *       with {@link dltutor.render.JavaHighlighter} for code blocks.</li>
 *   <li>{@link dltutor.render.Chart} and {@link dltutor.render.Series} — braille or ASCII
 *       line and scatter charts.</li>
 *   <li>{@link dltutor.render.Table} and {@link dltutor.render.Sparkline} — small
 *       tabular and inline views of numbers.</li>
 * </ul>
 */
package dltutor.render;
