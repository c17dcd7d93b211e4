package dltutor.data;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where datasets are found: the checked-in subsets under the repository's {@code datasets/} folder,
 * full sets under {@code $DLTUTOR_HOME/datasets/}, and Debian's dataset packages under {@code
 * /usr/share/datasets/}.
 *
 * <p>The repository folder is the system property {@code dltutor.datasets} when set, else {@code
 * ${dltutor.root}/datasets} (the launcher and the build set {@code dltutor.root}), else the first
 * {@code datasets/} with a {@code README.md} in the working directory or one of its parents.
 */
public final class DatasetPaths {
    /** Where Debian's {@code dataset-fashion-mnist} package installs its IDX files. */
    public static final Path DEBIAN_FASHION_MNIST = Path.of("/usr/share/datasets/fashion-mnist");

    private DatasetPaths() {}

    /** The repository's {@code datasets/} folder. */
    public static Path checkedInRoot() {
        String explicit = System.getProperty("dltutor.datasets");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).toAbsolutePath().normalize();
        }
        String root = System.getProperty("dltutor.root");
        if (root != null && !root.isBlank() && Files.isDirectory(Path.of(root, "datasets"))) {
            return Path.of(root, "datasets").toAbsolutePath().normalize();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("datasets").resolve("README.md"))) {
                return p.resolve("datasets");
            }
        }
        Path missing = Path.of(root == null ? "." : root, "datasets").toAbsolutePath().normalize();
        throw new DatasetException(
                missing,
                "does not exist (the tutor's checked-in datasets folder)",
                "Start the tutor with scripts/tutor from a clone of the repository, or set the system "
                        + "property dltutor.root to the repository folder.");
    }

    /** The checked-in folder of one set, e.g. {@code checkedIn("sotu")}. */
    public static Path checkedIn(String name) {
        return checkedInRoot().resolve(name);
    }

    /** The tutor's home folder: {@code $DLTUTOR_HOME}, by default {@code ~/.dltutor}. */
    public static Path home() {
        String env = System.getenv("DLTUTOR_HOME");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".dltutor");
    }

    /** Where a full set may be placed by hand or by {@code scripts/fetch-datasets --full}. */
    public static Path fullSet(String name) {
        return home().resolve("datasets").resolve(name);
    }

    /**
     * How to show {@code file} in a fix: relative to the repository when it lies inside it, so that
     * {@code git checkout -- datasets/...} can be pasted as it is.
     */
    static String shown(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        try {
            Path repo = checkedInRoot().getParent();
            if (repo != null && abs.startsWith(repo)) {
                return repo.relativize(abs).toString();
            }
        } catch (DatasetException e) {
            // not inside a repository: show the absolute path
        }
        return abs.toString();
    }
}
