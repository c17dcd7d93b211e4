/**
 * The batch modes: {@code --check}, the lesson self-check ({@link dltutor.batch.SelfCheck}: every
 * reference passes, every starter and wrong answer fails, every alternative passes, with the lint
 * of {@link dltutor.batch.CheckLint}), and {@code --run}, a script in a tutor session ({@link
 * dltutor.batch.ScriptRunner}).
 */
package dltutor.batch;
