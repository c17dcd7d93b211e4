package dltutor.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Finding a command by name, alias or prefix, and completing its argument. */
class CommandsTest {
    private final List<String> ran = new ArrayList<>();
    private final Commands<List<String>> table =
            new Commands<>(
                    List.of(
                            Command.<List<String>>of("/hint", "", (log, arg) -> log.add("hint")),
                            new Command<List<String>>(
                                    "/goto",
                                    "step",
                                    log -> List.of("intro", "build-net"),
                                    (log, arg) -> log.add("goto " + arg)),
                            Command.<List<String>>of(
                                    "/history", "", (log, arg) -> log.add("history")),
                            Command.<List<String>>of("/quit", "", (log, arg) -> log.add("quit"))),
                    Map.of("/exit", "/quit"));

    @Test
    void anExactNameAnAliasOrAUniquePrefixFindsTheCommand() {
        assertEquals(
                "/hint",
                assertInstanceOf(Commands.Found.class, table.find("/hint")).command().name());
        assertEquals(
                "/quit",
                assertInstanceOf(Commands.Found.class, table.find("/exit")).command().name());
        assertEquals(
                "/history",
                assertInstanceOf(Commands.Found.class, table.find("/his")).command().name());
        assertInstanceOf(Commands.Unknown.class, table.find("/frobnicate"));
    }

    @Test
    void anAmbiguousPrefixListsItsCandidatesInTableOrder() {
        assertEquals(
                List.of("/hint", "/history"),
                assertInstanceOf(Commands.Ambiguous.class, table.find("/hi")).names());
    }

    @Test
    void theHandlerGetsTheContextAndTheArgument() {
        Commands.Lookup<List<String>> found = table.find("/go");
        ((Commands.Found<List<String>>) found).command().handler().run(ran, "build-net");
        assertEquals(List.of("goto build-net"), ran);
    }

    @Test
    void argumentsCompleteForAnUnambiguousCommandOnly() {
        assertEquals(List.of("intro", "build-net"), table.arguments(ran, "/go"));
        assertEquals(List.of(), table.arguments(ran, "/hi"));
        assertEquals(List.of(), table.arguments(ran, "/hint"));
    }
}
