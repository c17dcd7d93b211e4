package dltutor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnsiTest {

    private final Ansi on = Ansi.of(true);
    private final Ansi off = Ansi.of(false);

    @Test
    void disabledReturnsTextUnchanged() {
        assertEquals("x", off.bold("x"));
        assertEquals("x", off.dim(off.italic(off.underline("x"))));
        assertEquals("x", off.fg(208, off.rgbFg(1, 2, 3, off.rgbBg(4, 5, 6, "x"))));
        assertEquals("x", off.red(off.green(off.yellow(off.blue(off.magenta(off.cyan("x")))))));
        assertFalse(off.enabled());
    }

    @Test
    void enabledEmitsOpenAndMatchingCloseCodes() {
        assertEquals("\u001B[1mx\u001B[22m", on.bold("x"));
        assertEquals("\u001B[31mx\u001B[39m", on.red("x"));
        assertEquals("\u001B[38;5;208mx\u001B[39m", on.fg(208, "x"));
        assertEquals("\u001B[38;2;1;2;3mx\u001B[39m", on.rgbFg(1, 2, 3, "x"));
        assertEquals("\u001B[48;2;4;5;6mx\u001B[49m", on.rgbBg(4, 5, 6, "x"));
        assertEquals("", on.bold(""));
    }

    @Test
    void nestedStyleIsReopenedAfterInnerClose() {
        String s = on.red("a" + on.green("b") + "c");
        assertEquals("\u001B[31ma\u001B[32mb\u001B[39m\u001B[31mc\u001B[39m", s);
    }

    @Test
    void visibleLengthIgnoresEscapesAndCountsCodePoints() {
        String styled = on.bold(on.cyan("∂L/∂w")) + on.fg(12, "𝜎");
        assertEquals(6, Ansi.visibleLength(styled));
        assertEquals(0, Ansi.visibleLength(on.bold("")));
        assertEquals(3, Ansi.visibleLength("a\u001B[0mb\u001B[mc"));
    }

    @Test
    void stripRemovesAllEscapes() {
        String styled = on.underline("a " + on.rgbBg(1, 2, 3, "b") + on.dim(" c"));
        assertEquals("a b c", Ansi.strip(styled));
        assertTrue(styled.contains("\u001B"));
    }

    @Test
    void rejectsOutOfRangeColours() {
        assertThrows(IllegalArgumentException.class, () -> on.fg(256, "x"));
        assertThrows(IllegalArgumentException.class, () -> off.rgbFg(0, -1, 0, "x"));
    }
}
