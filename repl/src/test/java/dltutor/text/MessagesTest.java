package dltutor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key the code names exists ({@code Messages.get} would print {@code [key]}). */
class MessagesTest {
    private static final Pattern LITERAL =
            Pattern.compile("Messages\\.get\\(\\s*\"([^\"]+)\"(\\s*\\+)?");

    private static Properties bundle() throws IOException {
        Properties p = new Properties();
        try (InputStream in =
                MessagesTest.class.getResourceAsStream("/dltutor/messages.properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Properties bundle = bundle();
        List<String> missing = new ArrayList<>();
        int literals = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    String key = m.group(1);
                    boolean prefix = m.group(2) != null; // e.g. "tutor.msg.declared." + action
                    boolean found =
                            prefix
                                    ? bundle.stringPropertyNames().stream()
                                            .anyMatch(k -> k.startsWith(key))
                                    : bundle.containsKey(key);
                    if (!found) {
                        missing.add(f.getFileName() + ": " + key + (prefix ? "…" : ""));
                    }
                    literals++;
                }
            }
        }
        assertTrue(
                literals > 50,
                "found only " + literals + " message keys: is the pattern still right?");
        assertEquals(List.of(), missing);
    }

    @Test
    void everyCommandHasAHelpLine() throws IOException {
        Properties bundle = bundle();
        List<String> missing =
                dltutor.tutor.TutorCommands.table().all().stream()
                        .map(c -> c.summaryKey())
                        .filter(k -> !bundle.containsKey(k))
                        .toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void theActionsOfADeclarationAllHaveWords() throws IOException {
        Properties bundle = bundle();
        TreeSet<String> need = new TreeSet<>(List.of("created", "modified", "replaced"));
        need.removeIf(a -> bundle.containsKey("tutor.msg.declared." + a));
        assertEquals(new TreeSet<String>(), need);
    }
}
