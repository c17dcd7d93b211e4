package dltutor.runtime;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;

/**
 * The engine as the tutor runs it: offline, no telemetry, grad mode off on the session thread, and
 * one {@link NDManager} per lesson session that owns every tensor the learner creates.
 */
public final class DjlRuntime {
    private static volatile NDManager manager;
    private static volatile String engineError;

    private DjlRuntime() {}

    /** Sets the system properties that keep DJL offline and quiet; call before the engine loads. */
    public static void configure() {
        setDefault("ai.djl.offline", "true");
        setDefault("OPT_OUT_TRACKING", "true");
        setDefault("jshell", "true");
        setDefault("DJL_DISABLE_PROGRESS_BAR", "true");
        setDefault("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        setDefault("org.slf4j.simpleLogger.log.ai.djl", "warn");
        // A machine with CUDA libraries but no GPU driver is normal here; say nothing about it.
        setDefault("org.slf4j.simpleLogger.log.ai.djl.util.cuda", "error");
        setDefault("org.slf4j.simpleLogger.showThreadName", "false");
        setDefault("ai.djl.pytorch.num_interop_threads", "1");
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /**
     * Prepares the calling thread for snippets: loads the engine if needed and turns PyTorch's grad
     * mode off (it is per thread; a {@code GradientCollector} turns it on while open).
     */
    public static void initThread() {
        FirstPrompt.await();
        try {
            Engine.getInstance();
            JniUtils.setGradMode(false);
        } catch (RuntimeException | LinkageError e) {
            engineError = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** Why the engine could not load, or null when it loaded. */
    public static String engineError() {
        return engineError;
    }

    /** The device tensors live on: the GPU when the engine sees one, else the CPU. */
    public static Device device() {
        return Engine.getInstance().defaultDevice();
    }

    /** A short device name for the status line, e.g. {@code cpu} or {@code gpu(0)}. */
    public static String deviceName() {
        if (engineError != null) {
            return "no engine";
        }
        Device d = device();
        return d.isGpu() ? "gpu(" + d.getDeviceId() + ")" : "cpu";
    }

    /** The session's manager, created on first use. */
    public static NDManager manager() {
        NDManager m = manager;
        if (m == null || !m.isOpen()) {
            synchronized (DjlRuntime.class) {
                m = manager;
                if (m == null || !m.isOpen()) {
                    m = NDManager.newBaseManager(device());
                    manager = m;
                }
            }
        }
        return m;
    }

    /** Closes the session's manager and every tensor it owns (lesson end or restart). */
    public static void resetManager() {
        NDManager m = manager;
        manager = null;
        if (m != null && m.isOpen()) {
            m.close();
        }
    }
}
