package dltutor.dl;

import ai.djl.ndarray.NDManager;
import dltutor.runtime.DjlRuntime;
import dltutor.runtime.Stop;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The engine set up as the tutor sets it up, and a fresh {@link NDManager} for each test, closed
 * after it (with the stop flag cleared on both sides). Use as {@code @RegisterExtension final
 * EngineManager engine = new EngineManager();}, then {@code engine.manager()}.
 */
final class EngineManager implements BeforeEachCallback, AfterEachCallback {

    private NDManager manager;

    @Override
    public void beforeEach(ExtensionContext context) {
        DjlRuntime.configure();
        DjlRuntime.initThread();
        Stop.clear();
        manager = NDManager.newBaseManager();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Stop.clear();
        if (manager != null) {
            manager.close();
            manager = null;
        }
    }

    /** This test's manager. */
    NDManager manager() {
        return manager;
    }
}
