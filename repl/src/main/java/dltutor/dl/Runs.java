package dltutor.dl;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dltutor.render.Table;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The record of every training the learner ran with {@code fit}: one JSON object per line in {@code
 * $DLTUTOR_HOME/runs.jsonl}, so that later lessons can turn the course's own compute into FLOPs,
 * seconds and joules. {@code /runs} lists it.
 *
 * <p>A line (fields in this order, never renamed; readers ignore fields they do not know):
 *
 * <pre>{@code
 * {"time":"2026-12-02T14:31:07Z","lesson":"02-labeled-datasets","model":"SequentialBlock",
 *  "parameters":101770,"examples":60000,"steps":938,"flops":3.66e10,"flopsMethod":"counted",
 *  "seconds":4.21,"device":"cpu()","stopped":false}
 * }</pre>
 *
 * <ul>
 *   <li>{@code examples}: training examples seen (validation passes are not counted).
 *   <li>{@code flops}: estimated training FLOPs. {@code "counted"}: 3 × the forward FLOPs of one
 *       example ({@link Flops}: 2 per multiply–add in Linear and convolution layers) × examples;
 *       the backward pass costs about two forward passes. {@code "6ND"}: when a layer cannot be
 *       counted (an LSTM, an embedding, a hand-written block), 6 × parameters × examples (Kaplan et
 *       al. 2020), which undercounts a convolution (its weights are reused at every position) and a
 *       sequence (every token reuses the weights).
 *   <li>{@code seconds}: wall time of the run, set-up included.
 * </ul>
 *
 * <p>A training restored from the cache on resume is not a new run and is not recorded; a run
 * stopped with Ctrl-C is, with what it did. Hand-written training loops are not recorded. Each line
 * is appended with one write under a file lock, so two tutors never interleave; a line that cannot
 * be read (a crash mid-write, an edit) is skipped and counted by {@link #read}.
 */
public final class Runs {

    /** One recorded training. */
    public record Run(
            String time,
            String lesson,
            String model,
            long parameters,
            long examples,
            long steps,
            double flops,
            String flopsMethod,
            double seconds,
            String device,
            boolean stopped) {

        /** Achieved training FLOP/s (NaN when the run took no time). */
        public double flopsPerSecond() {
            return seconds > 0 ? flops / seconds : Double.NaN;
        }
    }

    /**
     * What the file holds.
     *
     * @param runs the readable lines, oldest first
     * @param unreadable how many lines were skipped
     */
    public record Read(List<Run> runs, int unreadable) {}

    private static final Gson GSON = new Gson();
    private static final int SHOWN = 20;

    private static volatile Path file;
    private static volatile String lesson = "";
    private static volatile boolean warned;
    private static final List<Run> UNSAVED = new ArrayList<>();

    private Runs() {}

    /**
     * Where runs are recorded ({@code $DLTUTOR_HOME/runs.jsonl}); with null they are kept in memory
     * for this JVM only.
     */
    public static void configure(Path runsFile) {
        file = runsFile;
    }

    /** The lesson that later runs belong to. */
    public static void lesson(String id) {
        lesson = id == null ? "" : id;
    }

    /** The file, or null when nothing is recorded. */
    public static Path file() {
        return file;
    }

    /** Every readable run, oldest first; empty when there is no file. */
    public static List<Run> all() {
        return read().runs();
    }

    /**
     * The runs and the number of lines that could not be read; with no file (a self-check, a
     * script), the runs of this JVM.
     */
    public static Read read() {
        Path f = file;
        if (f == null) {
            synchronized (UNSAVED) {
                return new Read(List.copyOf(UNSAVED), 0);
            }
        }
        return read(f);
    }

    /** Reads a runs file; a missing file holds no runs. */
    public static Read read(Path f) {
        List<String> lines;
        try {
            lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new Read(List.of(), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + f + ": " + e.getMessage(), e);
        }
        List<Run> runs = new ArrayList<>();
        int bad = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            Run r = parse(line);
            if (r == null) {
                bad++;
            } else {
                runs.add(r);
            }
        }
        return new Read(List.copyOf(runs), bad);
    }

    /** A line as a run, or null when it is not one. */
    static Run parse(String line) {
        try {
            JsonObject o = JsonParser.parseString(line).getAsJsonObject();
            Run r = GSON.fromJson(o, Run.class);
            if (r.time() == null
                    || r.lesson() == null
                    || r.steps() < 0
                    || r.examples() < 0
                    || !Double.isFinite(r.flops())
                    || !Double.isFinite(r.seconds())) {
                return null;
            }
            return r;
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            return null;
        }
    }

    /**
     * Records a finished (or stopped) {@code fit}; a failure to write is reported once and never
     * stops the training's result from reaching the learner.
     *
     * @param batch the shape of one training batch (batch first)
     */
    static void record(
            Block block,
            Shape batch,
            long examples,
            long steps,
            double seconds,
            String device,
            boolean stopped) {
        Path f = file;
        if (steps == 0) {
            return;
        }
        long parameters;
        try {
            parameters = ModelSummary.parameterCount(block);
        } catch (RuntimeException e) {
            parameters = 0;
        }
        double flops;
        String method;
        try {
            long forward = Flops.forward(block, batch);
            flops = 3.0 * forward / batch.get(0) * examples;
            method = "counted";
        } catch (RuntimeException e) {
            flops = 6.0 * parameters * examples;
            method = "6ND";
        }
        Run run =
                new Run(
                        Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                        lesson,
                        block.getClass().getSimpleName(),
                        parameters,
                        examples,
                        steps,
                        flops,
                        method,
                        Math.round(seconds * 1000) / 1000.0,
                        device,
                        stopped);
        if (f == null) {
            synchronized (UNSAVED) {
                UNSAVED.add(run);
            }
            return;
        }
        try {
            append(f, GSON.toJson(run) + "\n");
        } catch (IOException | RuntimeException e) {
            if (!warned) {
                warned = true;
                System.out.println(
                        "(could not record this run in " + f + ": " + e.getMessage() + ")");
            }
        }
    }

    /**
     * Appends one line with a single write, holding the file's lock (other tutors) and this class's
     * monitor (other threads: a JVM may hold one lock per file).
     */
    static synchronized void append(Path f, String line) throws IOException {
        Path parent = f.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (FileChannel ch =
                FileChannel.open(
                        f,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND)) {
            FileLock lock = ch.lock(); // released when the channel closes
            ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                ch.write(bytes);
            }
            lock.release();
        }
    }

    /** Prints {@link #render} of the configured file. */
    public static void show() {
        System.out.print(render(read(), true));
    }

    /** The latest runs as a table, with the totals of all of them. */
    public static String render(Read read, boolean unicode) {
        List<Run> runs = read.runs();
        StringBuilder sb = new StringBuilder();
        if (runs.isEmpty()) {
            sb.append("No trainings recorded yet: every fit(...) adds one.\n");
        } else {
            DateTimeFormatter when =
                    DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT)
                            .withZone(ZoneId.systemDefault());
            Table t =
                    Table.of(
                            List.of(
                                    "when", "lesson", "params", "steps", "FLOPs", "seconds",
                                    "FLOP/s"));
            for (Run r : runs.subList(Math.max(0, runs.size() - SHOWN), runs.size())) {
                String at;
                try {
                    at = when.format(Instant.parse(r.time()));
                } catch (RuntimeException e) {
                    at = r.time();
                }
                t.row(
                        at,
                        r.lesson() + (r.stopped() ? " (stopped)" : ""),
                        Count.compact(r.parameters()),
                        Count.of(r.steps()),
                        sci(r.flops()) + (r.flopsMethod().equals("counted") ? "" : "*"),
                        r.seconds(),
                        sci(r.flopsPerSecond()));
            }
            if (runs.size() > SHOWN) {
                sb.append(
                        String.format(
                                Locale.ROOT,
                                "The latest %d of %d trainings:%n",
                                SHOWN,
                                runs.size()));
            }
            sb.append(t.render(unicode));
            double flops = runs.stream().mapToDouble(Run::flops).sum();
            double seconds = runs.stream().mapToDouble(Run::seconds).sum();
            sb.append(
                    String.format(
                            Locale.ROOT,
                            "All %d trainings: %s FLOPs in %.1f s of training.%n",
                            runs.size(),
                            sci(flops),
                            seconds));
            if (runs.stream().anyMatch(r -> !r.flopsMethod().equals("counted"))) {
                sb.append(
                        "* estimated as 6 × parameters × examples (a layer could not be counted)\n");
            }
        }
        if (read.unreadable() > 0) {
            sb.append(
                    String.format(
                            Locale.ROOT,
                            "%d unreadable line%s skipped.%n",
                            read.unreadable(),
                            read.unreadable() == 1 ? "" : "s"));
        }
        return sb.toString();
    }

    private static String sci(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2e", v) : "";
    }
}
