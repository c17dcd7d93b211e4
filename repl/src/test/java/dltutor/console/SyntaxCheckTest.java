package dltutor.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SyntaxCheckTest {
    @Test
    void balancedStatementsAndExpressionsAreComplete() {
        assertTrue(SyntaxCheck.looksComplete("int x = 1;"));
        assertTrue(SyntaxCheck.looksComplete("1 + 2"));
        assertTrue(SyntaxCheck.looksComplete("i++"));
        assertTrue(SyntaxCheck.looksComplete("String s = \"{(\";"));
        assertTrue(SyntaxCheck.looksComplete("char c = '{'; // {"));
        assertTrue(SyntaxCheck.looksComplete("double f(double x) {\n  return x; /* } */\n}"));
    }

    @Test
    void openBracketsCommentsAndDanglingOperatorsAreNot() {
        assertFalse(SyntaxCheck.looksComplete("for (int i = 0; i < 2; i++) {"));
        assertFalse(SyntaxCheck.looksComplete("var y = f("));
        assertFalse(SyntaxCheck.looksComplete("int x = 1 +"));
        assertFalse(SyntaxCheck.looksComplete("/* still writing"));
        assertFalse(SyntaxCheck.looksComplete("String t = \"\"\"\n  text"));
    }
}
