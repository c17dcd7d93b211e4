package dltutor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** In a second JVM: System.exit through reflection ends the tutor, but not silently, and nothing is lost. */
class ExitHookTest {

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void anExitThroughReflectionSavesAndSaysSo(@TempDir Path home) throws IOException, InterruptedException {
        Path input = home.resolve("input.txt");
        Files.writeString(input, String.join("\n", "int kept = 3;",
                "System.class.getMethod(\"exit\", int.class).invoke(null, 0)", "1 + 1", "/quit", ""));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Ddltutor.root=..", "-Dai.djl.offline=true", "dltutor.Main"))
                .redirectInput(input.toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("out.txt").toFile());
        pb.environment().put("DLTUTOR_HOME", home.resolve("h").toString());
        pb.environment().put("DLTUTOR_LESSONS", "src/test/resources/lessons");
        pb.environment().put("OMP_WAIT_POLICY", "PASSIVE");
        Process p = pb.start();
        assertTrue(p.waitFor(170, TimeUnit.SECONDS), "the tutor ended");
        String out = Files.readString(home.resolve("out.txt"), StandardCharsets.UTF_8);
        assertTrue(out.contains("The tutor is being ended (System.exit"), out);
        String progress = Files.readString(home.resolve("h/progress.json"), StandardCharsets.UTF_8);
        assertTrue(progress.contains("int kept = 3;"), progress);
    }
}
