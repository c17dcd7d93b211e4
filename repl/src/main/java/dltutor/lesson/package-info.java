/**
 * The lesson model and its loader: pure (no JLine, no JShell, no DJL). A lesson is a folder of
 * plain files; see {@code lessons/README.md} for the format.
 */
package dltutor.lesson;
