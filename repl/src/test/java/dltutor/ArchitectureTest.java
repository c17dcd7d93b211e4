package dltutor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package boundaries of DESIGN.md, checked on the compiled classes (so an inline fully
 * qualified name counts as much as an import).
 */
class ArchitectureTest {
    private static JavaClasses main;

    @BeforeAll
    static void importTheMainClasses() {
        main =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("dltutor");
        assertTrue(
                main.size() > 150,
                "only " + main.size() + " classes imported: is the class path right?");
    }

    @Test
    void purePackagesUseNoEngineNoTerminalNoJShell() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "dltutor.lesson..",
                        "dltutor.check..",
                        "dltutor.progress..",
                        "dltutor.render..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.jline..", "jdk.jshell..", "ai.djl..")
                .because(
                        "the lesson model, the checks, progress and rendering are tested without an engine or a terminal")
                .check(main);
    }

    @Test
    void noPackageCycles() {
        slices().matching("dltutor.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void mainIsTheOnlyClassInTheRootPackage() {
        classes()
                .that()
                .resideInAPackage("dltutor")
                .should()
                .haveNameMatching("dltutor\\.Main(\\$.*)?")
                .check(main);
    }

    @Test
    void theToolkitAndTheDataKnowNothingOfTheTutor() {
        noClasses()
                .that()
                .resideInAnyPackage("dltutor.dl..", "dltutor.data..", "dltutor.runtime..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dltutor.console..",
                        "dltutor.session..",
                        "dltutor.command..",
                        "dltutor.lesson..",
                        "dltutor.progress..",
                        "dltutor.tutor..",
                        "dltutor.batch..",
                        "dltutor.instructor..",
                        "dltutor.text..")
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("dltutor")
                .check(main);
    }

    @Test
    void theCommandTableIsGenericAndTheConsoleStandsAlone() {
        noClasses()
                .that()
                .resideInAnyPackage("dltutor.command..", "dltutor.console..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dltutor.tutor..",
                        "dltutor.session..",
                        "dltutor.dl..",
                        "dltutor.data..",
                        "dltutor.lesson..")
                .check(main);
    }

    @Test
    void noWildcardImports() throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("src"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.startsWith("import ") && line.endsWith(".*;")) {
                        offences.add(f + ": " + line);
                    }
                }
            }
        }
        assertEquals(List.of(), offences);
    }
}
