/**
 * The JShell wrapper: evaluation on one dedicated session thread (PyTorch's grad mode is per
 * thread), completeness, completion, stop, and the guard that keeps {@code System.exit} in a
 * snippet from ending the tutor.
 */
package dltutor.session;
