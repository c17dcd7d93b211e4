/**
 * The engine as the tutor runs it, shared by the toolkit ({@code dltutor.dl}) and the datasets
 * ({@code dltutor.data}) so that neither needs the other: {@link dltutor.runtime.DjlRuntime} (the
 * PyTorch engine, its threads and the session's {@code NDManager}), {@link dltutor.runtime.Stop}
 * (the Ctrl-C flag that training loops poll) and {@link dltutor.runtime.Display} (what the
 * learner's terminal can show: colour, Unicode, width).
 *
 * <p>These are process-wide statics on purpose: a lesson's checks read the learner's real objects,
 * so the session runs in the tutor's JVM, one session per JVM.
 */
package dltutor.runtime;
