package dltutor.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class SnippetWeaverTest {
    private static byte[] classFile(Class<?> c) throws IOException {
        try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
            return in.readAllBytes();
        }
    }

    @Test
    void weavesAStopCheckIntoEveryMethod() throws IOException {
        byte[] original = classFile(SnippetWeaverTest.class);
        SnippetWeaver.Result r = SnippetWeaver.weave(original);
        assertTrue(r.woven());
        assertNull(r.exitCall());
        String text = new String(r.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("dltutor/session/StopCheck"), "the woven class calls StopCheck");
        assertTrue(r.bytes().length > original.length);
    }

    @Test
    void aClassFileNewerThanAsmKnowsLoadsUntouched() throws IOException {
        byte[] future = classFile(SnippetWeaverTest.class);
        future[6] = 0;
        future[7] = (byte) 200; // major version 200
        SnippetWeaver.Result r = SnippetWeaver.weave(future);
        assertFalse(r.woven());
        assertArrayEquals(future, r.bytes());
    }

    @Test
    void namesTheCallsThatWouldEndTheTutor() {
        assertEquals("System.exit", SnippetWeaver.exitCall("java/lang/System", "exit"));
        assertEquals("Runtime.halt", SnippetWeaver.exitCall("java/lang/Runtime", "halt"));
        assertNull(SnippetWeaver.exitCall("java/lang/System", "nanoTime"));
    }
}
