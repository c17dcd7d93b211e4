package dltutor.runtime;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds the engine's native load back until the interactive tutor has drawn its first prompt.
 *
 * <p>Loading libtorch (a few hundred MB of shared objects) holds the C library's dynamic-loader
 * lock for about 0.4 s. Meanwhile, any thread that calls a Java native method for the first time
 * waits for that lock, because the JVM finds the method with {@code dlsym}. At start-up that thread
 * is the main one: JLine links its {@code tcsetattr} just before it draws the first prompt.
 * Measured on a 2-core machine, launches whose session loaded the engine at that moment showed the
 * prompt after 1.6 to 1.8 s, and launches that loaded it later after 1.0 to 1.1 s. So, in the
 * interactive tutor, the session thread waits here until the prompt is up, and for at most {@value
 * #MAX_WAIT_MS} ms in case it never comes. Batch modes never {@link #hold()}, so nothing waits.
 */
public final class FirstPrompt {
    static final long MAX_WAIT_MS = 3000;

    private static final CountDownLatch SHOWN = new CountDownLatch(1);
    private static volatile boolean held;

    private FirstPrompt() {}

    /** Makes {@link #await()} wait for {@link #shown()}; called before the session starts. */
    public static void hold() {
        held = true;
    }

    /** The first prompt is on the screen (or about to be drawn, with the terminal set up). */
    public static void shown() {
        SHOWN.countDown();
    }

    /** Returns once the prompt is shown, at once when nothing holds it. */
    public static void await() {
        if (!held) {
            return;
        }
        try {
            SHOWN.await(MAX_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
