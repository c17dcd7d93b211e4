/**
 * The JShell wrapper: evaluation on one dedicated session thread (PyTorch's grad mode is per
 * thread), completeness, completion, stop, and the guard that keeps {@code System.exit} in a
 * snippet from ending the tutor. {@link dltutor.session.SessionHost} owns a lesson's session: it
 * starts it in the background with {@code startup.jsh} ({@link dltutor.session.Startup}), the
 * lesson's prelude and the replayed journal ({@link dltutor.session.Replay}).
 */
package dltutor.session;
