package dltutor.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.Test;

/** The values the session shows its own way. */
class ValueDisplayTest {

    @Test
    void printfsReturnValueShowsNothing() {
        assertEquals("", ValueDisplay.of(System.out.printf("")));
    }

    @Test
    void aManagerSaysHowManyArraysItOwns() {
        DjlRuntime.configure();
        try (NDManager m = NDManager.newBaseManager()) {
            m.ones(new ai.djl.ndarray.types.Shape(2));
            m.zeros(new ai.djl.ndarray.types.Shape(3));
            assertEquals("NDManager (owns 2 arrays)", ValueDisplay.of(m));
        }
    }

    @Test
    void everythingElseIsShownAsJShellShowsIt() {
        assertNull(ValueDisplay.of(42));
        assertNull(ValueDisplay.of("text"));
        assertNull(ValueDisplay.of(null));
    }
}
