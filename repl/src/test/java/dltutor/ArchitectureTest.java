package dltutor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the package boundaries of DESIGN.md: the pure packages import no JLine, JShell or DJL. */
class ArchitectureTest {
    static final Path SRC = Path.of("src/main/java/dltutor");

    @Test
    void purePackagesImportNoEngineNoTerminalNoJShell() throws IOException {
        List<String> offences = new ArrayList<>();
        for (String pkg : List.of("lesson", "check", "progress", "render")) {
            for (Path f : javaFiles(SRC.resolve(pkg))) {
                for (String line : Files.readAllLines(f)) {
                    if (line.matches("import (static )?(org\\.jline|jdk\\.jshell|ai\\.djl)\\..*")) {
                        offences.add(f + ": " + line);
                    }
                }
            }
        }
        assertEquals(List.of(), offences);
    }

    @Test
    void theToolkitDependsOnNothingOfTheTutor() throws IOException {
        List<String> offences = new ArrayList<>();
        for (String pkg : List.of("dl", "data")) {
            for (Path f : javaFiles(SRC.resolve(pkg))) {
                for (String line : Files.readAllLines(f)) {
                    if (line.matches("import (static )?dltutor\\.(console|session|command|lesson|progress)\\..*")
                            || line.matches("import (static )?dltutor\\.[A-Z].*")) {
                        offences.add(f + ": " + line);
                    }
                }
            }
        }
        assertEquals(List.of(), offences);
    }

    @Test
    void noWildcardImports() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path f : javaFiles(Path.of("src"))) {
            for (String line : Files.readAllLines(f)) {
                if (line.startsWith("import ") && line.endsWith(".*;")) {
                    offences.add(f + ": " + line);
                }
            }
        }
        assertEquals(List.of(), offences);
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
