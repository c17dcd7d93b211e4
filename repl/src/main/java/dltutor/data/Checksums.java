package dltutor.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code SHA256SUMS} file of a checked-in dataset, in the format of coreutils' {@code
 * sha256sum} (so {@code cd datasets/sotu && sha256sum -c SHA256SUMS} checks it too).
 *
 * <p>Every loader calls {@link #verified(Path, String)} before it opens a checked-in file: a file
 * that is missing, unlisted, truncated or edited raises a {@link DatasetException} naming the file
 * and the fix. A file already verified (same path, size and modification time) is not hashed again
 * in the same process.
 */
public final class Checksums {
    /** The name of the sums file in every checked-in dataset folder. */
    public static final String FILE_NAME = "SHA256SUMS";

    private static final Map<String, String> VERIFIED = new ConcurrentHashMap<>();

    private Checksums() {}

    /**
     * Returns {@code dir/name} after checking it against {@code dir/SHA256SUMS}.
     *
     * @throws DatasetException when the sums file or the data file is missing, the file is not
     *     listed, or its SHA-256 differs from the listed one
     */
    public static Path verified(Path dir, String name) {
        Path file = dir.resolve(name);
        Map<String, String> sums = read(dir);
        String expected = sums.get(name);
        String set = dir.getFileName() == null ? "" : " " + dir.getFileName();
        if (expected == null) {
            throw new DatasetException(
                    file,
                    "is not listed in " + DatasetPaths.shown(dir.resolve(FILE_NAME)),
                    "Rebuild the set with scripts/fetch-datasets"
                            + set
                            + ", or restore the folder with git checkout -- "
                            + DatasetPaths.shown(dir)
                            + ".");
        }
        String key;
        try {
            key =
                    file.toAbsolutePath()
                            + "|"
                            + Files.size(file)
                            + "|"
                            + Files.getLastModifiedTime(file).toMillis();
        } catch (NoSuchFileException e) {
            throw new DatasetException(file, "is missing", restore(file, set), e);
        } catch (IOException e) {
            throw new DatasetException(
                    file, "cannot be read (" + e.getMessage() + ")", restore(file, set), e);
        }
        if (expected.equals(VERIFIED.get(key))) {
            return file;
        }
        String actual = sha256(file);
        if (!actual.equals(expected)) {
            long size = file.toFile().length();
            throw new DatasetException(
                    file,
                    "is damaged: its SHA-256 is "
                            + actual.substring(0, 12)
                            + "… but "
                            + DatasetPaths.shown(dir.resolve(FILE_NAME))
                            + " expects "
                            + expected.substring(0, 12)
                            + "… (the file has "
                            + String.format("%,d", size)
                            + " bytes; it was probably truncated or edited)",
                    restore(file, set));
        }
        VERIFIED.put(key, expected);
        return file;
    }

    private static String restore(Path file, String set) {
        return "Restore the checked-in copy with git checkout -- "
                + DatasetPaths.shown(file)
                + ", or rebuild the set with scripts/fetch-datasets"
                + set
                + ".";
    }

    /** The listed sums of {@code dir/SHA256SUMS}, file name to lower-case hex digest. */
    public static Map<String, String> read(Path dir) {
        Path sums = dir.resolve(FILE_NAME);
        List<String> lines;
        try {
            lines = Files.readAllLines(sums, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DatasetException(
                    sums,
                    "is missing or unreadable, so the set cannot be verified",
                    "Restore it with git checkout -- "
                            + DatasetPaths.shown(sums)
                            + ", or rebuild the set with scripts/fetch-datasets.",
                    e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            // "<64 hex>  <name>" (text mode) or "<64 hex> *<name>" (binary mode)
            if (line.length() < 67 || !line.substring(0, 64).matches("[0-9a-fA-F]{64}")) {
                throw new DatasetException(
                        sums,
                        "has a malformed line: \"" + line + "\"",
                        "Restore it with git checkout -- " + DatasetPaths.shown(sums) + ".");
            }
            out.put(line.substring(66), line.substring(0, 64).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * Writes {@code dir/SHA256SUMS} for the given files (paths relative to {@code dir}, in the
     * order given), as the dataset builder does after it has written a set.
     */
    public static void write(Path dir, List<String> names) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String name : names) {
            lines.add(sha256(dir.resolve(name)) + "  " + name);
        }
        Files.write(dir.resolve(FILE_NAME), lines, StandardCharsets.UTF_8);
    }

    /**
     * Checks a gzipped file of a published dataset before use: it is decompressed to the end, so
     * that gzip's CRC-32 trailer is checked, and the SHA-256 of its contents is compared with the
     * published one. Checking the contents rather than the {@code .gz} bytes accepts every faithful
     * repackaging (Debian's files differ from the originals only in the gzip header). A file
     * already verified (same path, size and modification time) is not read again.
     *
     * @param expected the lower-case hex SHA-256 of the decompressed contents
     * @param fix the sentence that tells the learner how to repair the file
     * @throws DatasetException when the file is damaged (bad gzip stream or CRC) or not the
     *     published one
     */
    public static void verifiedContent(Path file, String expected, String fix) {
        String key;
        try {
            key =
                    file.toAbsolutePath()
                            + "|"
                            + Files.size(file)
                            + "|"
                            + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new DatasetException(file, "cannot be read (" + e.getMessage() + ")", fix, e);
        }
        if (expected.equals(VERIFIED.get(key))) {
            return;
        }
        MessageDigest md = sha256();
        byte[] buf = new byte[1 << 16];
        try (InputStream in =
                new java.util.zip.GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        } catch (IOException e) {
            throw new DatasetException(
                    file,
                    "is damaged: its gzip stream fails its own check ("
                            + e.getMessage()
                            + "), so some of its contents are wrong",
                    fix,
                    e);
        }
        String actual = HexFormat.of().formatHex(md.digest());
        if (!actual.equals(expected)) {
            throw new DatasetException(
                    file,
                    "is not the published file: the SHA-256 of its contents is "
                            + actual.substring(0, 12)
                            + "… but the original's is "
                            + expected.substring(0, 12)
                            + "…",
                    fix);
        }
        VERIFIED.put(key, expected);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The lower-case hex SHA-256 of a file. */
    public static String sha256(Path file) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        } catch (IOException e) {
            throw new DatasetException(
                    file,
                    "cannot be read (" + e + ")",
                    "Check that the file exists and is readable, or rebuild it with scripts/fetch-datasets.",
                    e);
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
