package dltutor.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InputRulesTest {
    @Test
    void aCommandOnItsOwnLine() {
        assertEquals(0, InputRules.commandStart("/hint"));
        assertEquals(11, InputRules.commandStart("void f() {\n/hint"));
    }

    @Test
    void aCommandTypedAfterPrefilledCode() {
        String code = "int f() {\n    return 0;\n}";
        assertEquals(code.length(), InputRules.commandStart(code + "/skip"));
        assertEquals(code.length(), InputRules.commandStart(code + "/goto 3"));
        assertEquals(6, InputRules.commandStart("x = 1;/hint"));
    }

    @Test
    void divisionsCommentsAndStringsAreJava() {
        assertEquals(-1, InputRules.commandStart("a /b"));
        assertEquals(-1, InputRules.commandStart("int x = 4 /2;"));
        assertEquals(-1, InputRules.commandStart("f(); // see /hint"));
        assertEquals(-1, InputRules.commandStart("s = \"}/x\""));
        assertEquals(-1, InputRules.commandStart("}//comment"));
    }
}
