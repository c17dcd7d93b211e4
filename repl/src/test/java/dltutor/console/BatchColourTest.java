package dltutor.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dltutor.batch.SelfCheck;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.fusesource.jansi.AnsiType;
import org.junit.jupiter.api.Test;

/**
 * Colour in the batch modes: Jansi says what standard output is; NO_COLOR and a dumb TERM turn it
 * off.
 */
class BatchColourTest {

    @Test
    void aTerminalThatShowsAnsiGetsColour() {
        assertTrue(BatchColour.decide(Map.of("TERM", "xterm-256color"), AnsiType.Native));
        assertTrue(BatchColour.decide(Map.of(), AnsiType.VirtualTerminal));
    }

    @Test
    void aRedirectionOrAnUnknownOutputGetsPlainText() {
        assertFalse(BatchColour.decide(Map.of(), AnsiType.Redirected));
        assertFalse(BatchColour.decide(Map.of(), AnsiType.Unsupported));
    }

    @Test
    void noColorAndADumbTerminalTurnItOff() {
        assertFalse(BatchColour.decide(Map.of("NO_COLOR", "1"), AnsiType.Native));
        assertTrue(
                BatchColour.decide(Map.of("NO_COLOR", ""), AnsiType.Native),
                "an empty NO_COLOR is unset");
        assertFalse(BatchColour.decide(Map.of("TERM", "dumb"), AnsiType.Native));
    }

    @Test
    void jansiSeesThatTheTestsOutputIsNotATerminal() {
        // surefire pipes the forked JVM's output: Jansi must report it as such
        AnsiType type = BatchColour.stdoutType();
        assertNotEquals(AnsiType.Native, type, "surefire's stdout is a pipe");
        assertFalse(BatchColour.forStdout());
    }

    @Test
    void withoutColourTheSelfCheckPrintsNoEscapes() {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        assertEquals(
                0,
                new SelfCheck(new PrintStream(plain, true, StandardCharsets.UTF_8), false)
                        .run(List.of()));
        assertFalse(plain.toString(StandardCharsets.UTF_8).contains("\u001b["));
    }
}
