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

/**
 * In a second JVM: when the tutor is ended from outside (a signal; or a way round the exit guard
 * that the session does not see), it is not silent, and nothing accepted is lost.
 */
class ExitHookTest {

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void aSignalSavesAndSaysSo(@TempDir Path home) throws IOException, InterruptedException {
        Path input = home.resolve("input.txt");
        Files.writeString(input, String.join("\n", "int kept = 3;", "Thread.sleep(120_000)", ""));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb =
                new ProcessBuilder(
                                List.of(
                                        java,
                                        "-cp",
                                        System.getProperty("java.class.path"),
                                        "-Ddltutor.root=..",
                                        "-Dai.djl.offline=true",
                                        "dltutor.Main"))
                        .redirectInput(input.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(home.resolve("out.txt").toFile());
        pb.environment().put("DLTUTOR_HOME", home.resolve("h").toString());
        pb.environment().put("DLTUTOR_LESSONS", "src/test/resources/lessons");
        pb.environment().put("OMP_WAIT_POLICY", "PASSIVE");
        Process p = pb.start();
        Path progressFile = home.resolve("h/progress.json");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
        while (!(Files.exists(progressFile)
                && Files.readString(progressFile).contains("int kept = 3;"))) {
            assertTrue(System.nanoTime() < deadline, "the first snippet was saved");
            Thread.sleep(200);
        }
        Thread.sleep(500); // the sleep snippet is running now
        p.destroy(); // SIGTERM, as a closed terminal or a kill would send
        assertTrue(p.waitFor(20, TimeUnit.SECONDS), "the tutor ended");
        String out = Files.readString(home.resolve("out.txt"), StandardCharsets.UTF_8);
        assertTrue(out.contains("The tutor is being ended"), out);
        String progress = Files.readString(home.resolve("h/progress.json"), StandardCharsets.UTF_8);
        assertTrue(progress.contains("int kept = 3;"), progress);
    }
}
