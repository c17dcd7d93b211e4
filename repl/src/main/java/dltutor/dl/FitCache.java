package dltutor.dl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The trained parameters and {@link History} of every {@code fit} the learner ran, kept on disk so
 * that a resumed session gets back the very model the learner had, without training again.
 *
 * <p>Resuming a lesson replays the learner's snippets. Training again would cost the whole run
 * (minutes for a long one) and would not even give the same model when the learner had stopped the
 * run with Ctrl-C. Instead, each {@code fit} is keyed by what determines its result: the lesson,
 * every snippet before it in the session's journal, its own snippet's text and its place among the
 * fits of that snippet. When the snippet runs for real, the parameters the run ended with are
 * written under that key; when the same snippet is replayed at the same place, they are read back
 * and the training is skipped. A missing or unreadable entry, or one whose shapes no longer match
 * the model, simply trains again.
 *
 * <p>Not restored: an optimizer's running state (Adam's moments) and the engine's random generator,
 * so a later training that continues the same model may differ slightly.
 *
 * <p>File: {@code <dir>/<lesson>/<sha-256>-<n>.fit}: a magic line, the history, then per parameter
 * its name, data type, shape and raw bytes.
 *
 * <p>Size: a key changes whenever a snippet before it changes, so old entries go stale. The cache
 * keeps at most {@code -Ddltutor.cache.mb} megabytes (default 512): after each write, the entries
 * used least recently (a restore counts as a use) are deleted until it fits; the newest entry is
 * always kept.
 */
public final class FitCache {
    private static final String MAGIC = "dltutor-fit-1";

    private static volatile Path dir;
    private static volatile String key;
    private static volatile boolean replaying;
    private static volatile int fitsInSnippet;
    private static volatile int restored;

    private FitCache() {}

    /** Where entries live ({@code $DLTUTOR_HOME/cache}); null turns the cache off. */
    public static void configure(Path directory) {
        dir = directory;
    }

    /**
     * The key of a snippet at a place in a lesson's journal.
     *
     * @param lessonId the lesson
     * @param before every journal snippet before this one, in order
     * @param source this snippet's text
     */
    public static String key(String lessonId, List<String> before, String source) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String s : before) {
                md.update(s.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            md.update((byte) 1);
            md.update(source.getBytes(StandardCharsets.UTF_8));
            return lessonId.replaceAll("[^A-Za-z0-9._-]", "_")
                    + "/"
                    + HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Called before a snippet runs: its fits are stored under {@code snippetKey} and, when {@code
     * replay} is set, restored from it.
     */
    public static void enter(String snippetKey, boolean replay) {
        fitsInSnippet = 0;
        replaying = replay;
        key = snippetKey;
    }

    /** Called after the snippet: fits outside a keyed snippet are neither stored nor restored. */
    public static void leave() {
        key = null;
        replaying = false;
    }

    /** How many fits were restored from the cache in this JVM (for tests and benchmarks). */
    public static int restoredCount() {
        return restored;
    }

    /** The entry for the next fit of the current snippet, or null when there is none. */
    static Path next() {
        Path d = dir;
        String k = key;
        if (d == null || k == null) {
            return null;
        }
        int n = fitsInSnippet++;
        return d.resolve(k + "-" + n + ".fit");
    }

    /** Whether the current snippet is being replayed (so a cached fit may be restored). */
    static boolean replaying() {
        return replaying;
    }

    /**
     * Restores {@code block}'s parameters from {@code entry}; returns the saved history, or null
     * (the caller trains) when the entry is missing or does not fit the block.
     *
     * @param shapes the input shapes, for initialising a block that is not yet initialised
     */
    static History restore(
            Path entry, Block block, ai.djl.ndarray.NDManager home, Supplier<Shape[]> shapes) {
        if (entry == null || !Files.isRegularFile(entry)) {
            return null;
        }
        try (InputStream raw = Files.newInputStream(entry);
                DataInputStream in = new DataInputStream(new BufferedInputStream(raw))) {
            if (!MAGIC.equals(in.readUTF())) {
                return null;
            }
            History history = History.read(in);
            if (!block.isInitialized()) {
                block.initialize(home, DataType.FLOAT32, shapes.get());
            }
            List<Pair<String, Parameter>> params = block.getParameters().stream().toList();
            if (in.readInt() != params.size()) {
                return null;
            }
            byte[][] data = new byte[params.size()][];
            for (int i = 0; i < params.size(); i++) {
                NDArray a = params.get(i).getValue().getArray();
                String name = in.readUTF();
                DataType type = DataType.valueOf(in.readUTF());
                long[] dims = new long[in.readInt()];
                for (int j = 0; j < dims.length; j++) {
                    dims[j] = in.readLong();
                }
                data[i] = new byte[in.readInt()];
                in.readFully(data[i]);
                if (!name.equals(params.get(i).getKey())
                        || type != a.getDataType()
                        || !new Shape(dims).equals(a.getShape())) {
                    return null; // the model changed: stale
                }
            }
            for (int i = 0; i < params.size(); i++) {
                set(params.get(i).getValue().getArray(), data[i]);
            }
            restored++;
            try {
                Files.setLastModifiedTime(
                        entry, FileTime.fromMillis(System.currentTimeMillis())); // used now
            } catch (IOException e) {
                // a read-only cache still restores; it only ages sooner
            }
            return history;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void set(NDArray a, byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.nativeOrder());
        switch (a.getDataType()) {
            case FLOAT32 -> a.set(b.asFloatBuffer());
            case FLOAT64 -> a.set(b.asDoubleBuffer());
            case INT32 -> a.set(b.asIntBuffer());
            case INT64 -> a.set(b.asLongBuffer());
            default ->
                    throw new IllegalArgumentException("unsupported data type " + a.getDataType());
        }
    }

    /**
     * Writes {@code block}'s parameters and {@code history} to {@code entry}; failures are ignored.
     */
    static void store(Path entry, Block block, History history) {
        if (entry == null) {
            return;
        }
        Path tmp = null;
        try {
            Files.createDirectories(entry.getParent());
            tmp = Files.createTempFile(entry.getParent(), "fit", ".tmp");
            try (OutputStream raw = Files.newOutputStream(tmp);
                    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw))) {
                out.writeUTF(MAGIC);
                history.write(out);
                List<Pair<String, Parameter>> params = block.getParameters().stream().toList();
                out.writeInt(params.size());
                for (Pair<String, Parameter> p : params) {
                    NDArray a = p.getValue().getArray();
                    out.writeUTF(p.getKey());
                    out.writeUTF(a.getDataType().name());
                    long[] dims = a.getShape().getShape();
                    out.writeInt(dims.length);
                    for (long d : dims) {
                        out.writeLong(d);
                    }
                    byte[] bytes = a.toByteArray();
                    out.writeInt(bytes.length);
                    out.write(bytes);
                }
            }
            try {
                Files.move(
                        tmp,
                        entry,
                        StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, entry, StandardCopyOption.REPLACE_EXISTING);
            }
            Path root = dir;
            if (root != null && entry.startsWith(root)) {
                trim(root, Long.getLong("dltutor.cache.mb", 512) << 20, entry);
            }
        } catch (IOException | RuntimeException e) {
            // a cache is an optimisation: a full disk or an odd block only means training again
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // left for the next start's clean-up
                }
            }
        }
    }

    /**
     * Deletes the least recently used entries under {@code root} until they take at most {@code
     * limit} bytes; {@code keep} (the entry just written) is never deleted.
     */
    static void trim(Path root, long limit, Path keep) {
        record Entry(Path path, long size, FileTime used) {}
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p :
                    (Iterable<Path>) files.filter(f -> f.toString().endsWith(".fit"))::iterator) {
                if (Files.isRegularFile(p)) {
                    entries.add(new Entry(p, Files.size(p), Files.getLastModifiedTime(p)));
                }
            }
        } catch (IOException | RuntimeException e) {
            return; // an unreadable cache is left alone
        }
        long total = entries.stream().mapToLong(Entry::size).sum();
        entries.sort(Comparator.comparing(Entry::used));
        for (Entry e : entries) {
            if (total <= limit) {
                break;
            }
            if (e.path().equals(keep)) {
                continue;
            }
            try {
                Files.deleteIfExists(e.path());
                total -= e.size();
            } catch (IOException ex) {
                // another tutor may hold it; try the next one
            }
        }
    }
}
