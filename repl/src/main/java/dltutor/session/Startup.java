package dltutor.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * The start-up script of every lesson session, the resource {@code dltutor/startup.jsh} (jshell
 * keeps its own as {@code DEFAULT.jsh}): the imports the lessons rely on. The session runs it
 * before a lesson's prelude, and the warm-up compiles it while the first screen is read.
 */
public final class Startup {
    private static final String RESOURCE = "/dltutor/startup.jsh";
    private static final String SCRIPT = load();

    private Startup() {}

    /** The script's code, one snippet a line, without its comments and blank lines. */
    public static String script() {
        return SCRIPT;
    }

    private static String load() {
        try (InputStream in = Startup.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("//"))
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
