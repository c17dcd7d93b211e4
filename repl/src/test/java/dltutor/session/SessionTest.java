package dltutor.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SessionTest {
    static Session session;
    static final AtomicBoolean stopFlag = new AtomicBoolean();

    @BeforeAll
    static void start() {
        session = new Session(() -> {}, () -> stopFlag.set(true));
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @Test
    void evaluatesExpressionsAndDeclarations() {
        List<Outcome> out = session.eval("int x = 20; x + 22");
        assertEquals(2, out.size());
        assertEquals("variable", out.get(0).kind());
        assertEquals("42", out.get(1).value());
        assertEquals("expression", out.get(1).kind());
    }

    @Test
    void snippetsRunOnOneThread() {
        String a = session.eval("Thread.currentThread().getName()").get(0).value();
        String b = session.eval("Thread.currentThread().getName()").get(0).value();
        assertEquals("\"dltutor-session\"", a);
        assertEquals(a, b);
    }

    @Test
    void compileErrorsHavePositions() {
        Outcome o = session.eval("int y = \"text\";").get(0);
        assertFalse(o.errors().isEmpty());
        assertTrue(o.errors().get(0).message().contains("incompatible types"), o.errors().toString());
    }

    @Test
    void exceptionsNameTheLearnersMethod() {
        session.eval("double boom(double v) { if (v > 1) throw new IllegalStateException(\"too big\"); return v; }");
        Outcome o = session.eval("boom(3)").get(0);
        assertNotNull(o.exception());
        assertEquals("IllegalStateException", o.exception().type());
        assertEquals("too big", o.exception().message());
        assertTrue(o.exception().where().startsWith("boom"), o.exception().where());
    }

    @Test
    void systemExitIsBlocked() {
        Outcome o = session.eval("System.exit(3)").get(0);
        assertEquals("System.exit", o.blocked());
        Outcome m = session.eval("void quit() { Runtime.getRuntime().halt(1); }").get(0);
        assertEquals("Runtime.halt", m.blocked());
        assertEquals("2", session.eval("1 + 1").get(0).value(), "the session still works");
    }

    @Test
    void stopEndsARunawayLoop() throws Exception {
        Thread stopper = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            }
            session.stop();
        });
        stopper.start();
        Outcome o = session.eval("while (true) { Math.sqrt(2); }").get(0);
        stopper.join();
        assertTrue(o.stopped(), o.toString());
        assertTrue(stopFlag.get());
        assertEquals("3", session.eval("1 + 2").get(0).value(), "the session still works");
    }

    @Test
    void seesClassesOnTheClassPath() {
        Outcome o = session.eval("ai.djl.ndarray.types.Shape s = new ai.djl.ndarray.types.Shape(2, 3); s.size()")
                .get(1);
        assertEquals("6", o.value());
    }

    @Test
    void completenessDrivesMultiLineInput() {
        assertFalse(session.isComplete("for (int i = 0; i < 3; i++) {"));
        assertTrue(session.isComplete("for (int i = 0; i < 3; i++) { }"));
        assertTrue(session.isComplete("int z = 3"));
    }
}
