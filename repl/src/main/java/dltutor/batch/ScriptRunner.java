package dltutor.batch;

import dltutor.render.Ansi;
import dltutor.session.Outcome;
import dltutor.session.SessionHost;
import dltutor.tutor.Feedback;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code --run FILE.jsh}: evaluates a script in a tutor session; non-zero exit at the first error.
 */
public final class ScriptRunner {
    private ScriptRunner() {}

    /** A method chain may go on with a line starting with a dot. */
    private static boolean continuesOnNextLine(String[] lines, int i) {
        for (int j = i + 1; j < lines.length; j++) {
            if (!lines[j].isBlank()) {
                return lines[j].strip().startsWith(".");
            }
        }
        return false;
    }

    /** Runs a script, printing plain text. */
    public static int run(Path script, PrintStream out) {
        return run(script, out, false);
    }

    /** Runs a script; {@code colour} colours values and errors as the tutor does. */
    public static int run(Path script, PrintStream out, boolean colour) {
        String code;
        try {
            code = Files.readString(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            out.println("Cannot read " + script + ": " + e.getMessage());
            return 2;
        }
        Feedback feedback = new Feedback(out, Ansi.of(colour), 100);
        try (SessionHost host = new SessionHost()) {
            host.start(null, List.of());
            String problem = host.awaitReady();
            if (problem != null) {
                out.println(problem);
                return 1;
            }
            // As in jshell scripts, each line ends a snippet as soon as the Java is complete.
            StringBuilder buffer = new StringBuilder();
            String[] lines = code.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                buffer.append(lines[i]).append('\n');
                if (buffer.toString().isBlank()
                        || !host.isComplete(buffer.toString())
                        || continuesOnNextLine(lines, i)) {
                    continue;
                }
                List<Outcome> outcomes = host.eval(buffer.toString());
                buffer.setLength(0);
                outcomes.forEach(feedback::outcome);
                if (!outcomes.stream().allMatch(Outcome::ok)) {
                    out.flush();
                    return 1;
                }
            }
            out.flush();
            return buffer.toString().isBlank() ? 0 : 1;
        }
    }
}
