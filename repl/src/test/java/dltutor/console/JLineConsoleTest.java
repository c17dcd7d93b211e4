package dltutor.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

/** The console on a dumb terminal with piped input, as in a pipe or an IDE console. */
class JLineConsoleTest {

    /** A toy completeness rule: balanced braces. */
    static boolean balanced(String s) {
        return s.chars().filter(c -> c == '{').count() == s.chars().filter(c -> c == '}').count();
    }

    static JLineConsole console(String input, ByteArrayOutputStream out) throws IOException {
        return console(input, out, Terminal.TYPE_DUMB);
    }

    /** A terminal over pipes; {@code type} is what it claims to be (dumb, or an xterm for keys). */
    static JLineConsole console(String input, ByteArrayOutputStream out, String type)
            throws IOException {
        Terminal t =
                new DumbTerminal(
                        "test",
                        type,
                        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                        out,
                        StandardCharsets.UTF_8);
        Attributes attributes = t.getAttributes();
        attributes.setLocalFlag(
                Attributes.LocalFlag.ISIG, true); // Ctrl-C raises SIGINT, as on a tty
        attributes.setControlChar(Attributes.ControlChar.VINTR, 3);
        t.setAttributes(attributes);
        return new JLineConsole(
                t,
                new JLineConsole.Hooks(
                        JLineConsoleTest::balanced,
                        (buffer, cursor, anchor) -> {
                            anchor[0] = buffer.lastIndexOf('.', cursor - 1) + 1;
                            return List.of("max(", "min(");
                        },
                        CommandCompletion.of(List.of("/hint", "/help", "/next")),
                        s -> s,
                        null));
    }

    @Test
    void multiLineJavaIsOneInput() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JLineConsole c =
                console("for (int i = 0; i < 3; i++) {\n  x += i;\n}\n1 + 1\n", out)) {
            Console.Input first = c.read("> ", "");
            assertEquals(
                    "for (int i = 0; i < 3; i++) {\n  x += i;\n}",
                    assertInstanceOf(Console.Line.class, first).text());
            assertEquals("1 + 1", assertInstanceOf(Console.Line.class, c.read("> ", "")).text());
        }
    }

    @Test
    void theFirstPromptActionRunsOnceBeforeTheFirstInputIsRead() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> seen = new ArrayList<>();
        try (JLineConsole c = console("1 + 1\n2 + 2\n", out)) {
            c.onFirstPrompt(() -> seen.add("prompt"));
            assertTrue(seen.isEmpty(), "not before readLine: " + seen);
            assertEquals("1 + 1", assertInstanceOf(Console.Line.class, c.read("> ", "")).text());
            assertEquals(List.of("prompt"), seen);
            assertEquals("2 + 2", assertInstanceOf(Console.Line.class, c.read("> ", "")).text());
            assertEquals(List.of("prompt"), seen, "once only");
        }
    }

    @Test
    void aCommandEndsAnUnfinishedSnippet() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JLineConsole c = console("void f() {\n/hint\n", out)) {
            String text = assertInstanceOf(Console.Line.class, c.read("> ", "")).text();
            assertEquals("/hint", InputRules.lastLine(text));
        }
    }

    @Test
    void ctrlCAtThePromptClearsTheLine() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JLineConsole c = console("int half\u0003int x = 1\n", out)) {
            assertInstanceOf(Console.Interrupt.class, c.read("> ", ""));
            assertEquals(
                    "int x = 1", assertInstanceOf(Console.Line.class, c.read("> ", "")).text());
        }
    }

    @Test
    void exclamationMarksAreJavaNotHistory() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JLineConsole c = console("boolean b = 1 != 2 && !false\n", out)) {
            assertEquals(
                    "boolean b = 1 != 2 && !false",
                    assertInstanceOf(Console.Line.class, c.read("> ", "")).text());
        }
    }

    @Test
    void tabCompletesJavaNamesAndCommands() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JLineConsole c = console("Math.ma\t\n", out, "xterm")) {
            assertEquals(
                    "Math.max(", assertInstanceOf(Console.Line.class, c.read("> ", "")).text());
        }
        JavaCompleter completer =
                new JavaCompleter(
                        (b, cur, anchor) -> List.of(),
                        CommandCompletion.of(List.of("/hint", "/help")));
        List<Candidate> found = new ArrayList<>();
        completer.complete(
                null,
                new SnippetParser(JLineConsoleTest::balanced)
                        .parse("/h", 2, org.jline.reader.Parser.ParseContext.COMPLETE),
                found);
        assertEquals(List.of("/hint", "/help"), found.stream().map(Candidate::value).toList());
    }

    @Test
    void aDumbTerminalGetsNoColourAndNoStatusLine() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JLineConsole c = console("", out)) {
            assertFalse(c.ansi());
            assertFalse(c.interactive());
            c.status("lesson 03 · step 4/9");
            c.out().println("plain");
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("plain"));
            assertFalse(out.toString(StandardCharsets.UTF_8).contains("step 4/9"));
        }
    }

    /** Pre-filled starter code, as an exercise shows it; the cursor starts at its end. */
    static final String STARTER = "int f() {\n    return 0; // TODO\n}";

    @Test
    void enterInsideAMultiLineBufferBreaksTheLineAndAltEnterRuns() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // up to the end of "return 0;": Ctrl-B past "}", the line break and " // TODO"
        String back = "\u0002".repeat(1 + 1 + " // TODO".length());
        try (JLineConsole c = console(back + "\rint y = 1;\u001b\r", out, "xterm")) {
            String text = assertInstanceOf(Console.Line.class, c.read("> ", STARTER)).text();
            assertEquals("int f() {\n    return 0;\nint y = 1; // TODO\n}", text);
        }
    }

    @Test
    void enterAtTheEndOfACompleteBufferRuns() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JLineConsole c = console("\r", out, "xterm")) {
            assertEquals(
                    STARTER, assertInstanceOf(Console.Line.class, c.read("> ", STARTER)).text());
        }
    }

    @Test
    void ctrlUKeepsTheLineBreak() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // to the end of the TODO line, Ctrl-U twice (the second, at the line's start, does nothing)
        try (JLineConsole c =
                console("\u0002\u0002\u0015\u0015    return 1;\u001b\r", out, "xterm")) {
            assertEquals(
                    "int f() {\n    return 1;\n}",
                    assertInstanceOf(Console.Line.class, c.read("> ", STARTER)).text());
        }
    }

    @Test
    void typedClosingBracesKeepTheirSpaces() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String typed =
                "class A {\n    void f() {\n        if (x) {\n            g(); }\n    }\n}\n";
        try (JLineConsole c = console(typed, out, "xterm")) {
            assertEquals(
                    typed.strip(), assertInstanceOf(Console.Line.class, c.read("> ", "")).text());
        }
    }
}
