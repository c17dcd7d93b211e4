package dltutor.dl;

import dltutor.render.Ansi;
import dltutor.render.Chart;
import dltutor.render.Series;
import dltutor.render.Table;
import dltutor.render.TrainingProgress;
import dltutor.runtime.Display;
import dltutor.runtime.Stop;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The record of one training run from {@link Training#fit}: the loss of every step, the training
 * and validation loss and validation accuracy of every epoch, and how long it took. Plot it with
 * {@link #plot()}, put several side by side with {@link #compare}, or read the numbers ({@link
 * #losses()}, {@link #valAccuracy()}, {@link #stepsPerSecond()}).
 *
 * <p>Learning curves, loss against training time, are how training has been diagnosed since the
 * perceptron; comparing the training and validation curves is how overfitting shows (Morgan and
 * Bourlard, "Generalization and parameter estimation in feedforward nets", 1990, stopped training
 * where validation error turns up). Read a history to compare optimizers, learning rates or
 * architectures, one {@code fit} each.
 *
 * <p>Smoothed curves use the debiased moving average {@code m_t / (1 − βᵗ)} with {@code m_t =
 * β·m_{t−1} + (1−β)·ℓ_t}, the bias correction of Adam (Kingma and Ba, 2014).
 *
 * <p>Per-epoch arrays have one entry per finished epoch; validation entries are NaN when no
 * validation data was given. A run stopped with Ctrl-C keeps the steps it made.
 */
public final class History {

    private final String name;
    private float[] losses = new float[256];
    private int steps;
    private final List<double[]> epochs =
            new ArrayList<>(); // {train, val loss, val acc, end step, seconds}
    private double seconds;
    private double trainSeconds;
    private boolean stopped;

    History(String name) {
        this.name = name;
    }

    void addStep(float loss) {
        if (steps == losses.length) {
            losses = Arrays.copyOf(losses, steps * 2);
        }
        losses[steps++] = loss;
    }

    void endEpoch(double trainLoss, double valLoss, double valAccuracy, double epochSeconds) {
        epochs.add(new double[] {trainLoss, valLoss, valAccuracy, steps, epochSeconds});
    }

    void finish(double totalSeconds, double secondsTraining, boolean wasStopped) {
        this.seconds = totalSeconds;
        this.trainSeconds = secondsTraining;
        this.stopped = wasStopped;
    }

    /** Writes the whole record (for {@link FitCache}). */
    void write(DataOutputStream out) throws IOException {
        out.writeUTF(name);
        out.writeInt(steps);
        for (int i = 0; i < steps; i++) {
            out.writeFloat(losses[i]);
        }
        out.writeInt(epochs.size());
        for (double[] e : epochs) {
            for (double v : e) {
                out.writeDouble(v);
            }
        }
        out.writeDouble(seconds);
        out.writeDouble(trainSeconds);
        out.writeBoolean(stopped);
    }

    /** Reads a record written by {@link #write}. */
    static History read(DataInputStream in) throws IOException {
        History h = new History(in.readUTF());
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("negative step count");
        }
        h.losses = new float[Math.max(256, n)];
        for (int i = 0; i < n; i++) {
            h.losses[i] = in.readFloat();
        }
        h.steps = n;
        int e = in.readInt();
        for (int i = 0; i < e; i++) {
            double[] row = new double[5];
            for (int j = 0; j < row.length; j++) {
                row[j] = in.readDouble();
            }
            h.epochs.add(row);
        }
        h.seconds = in.readDouble();
        h.trainSeconds = in.readDouble();
        h.stopped = in.readBoolean();
        return h;
    }

    /** The run's name (shown in legends), e.g. {@code "SequentialBlock, Adam 0.001"}. */
    public String name() {
        return name;
    }

    /** The training loss of every step, in order. */
    public double[] losses() {
        double[] out = new double[steps];
        for (int i = 0; i < steps; i++) {
            out[i] = losses[i];
        }
        return out;
    }

    /**
     * The step losses smoothed with a debiased exponential moving average (window about 1/30 of the
     * run, at most 50 steps), as the live progress line shows them.
     *
     * <p>{@code m_t = β·m_{t−1} + (1−β)·ℓ_t}, shown as {@code m_t / (1 − βᵗ)}
     */
    public double[] smoothedLosses() {
        double window = Math.max(1, Math.min(50, steps / 30.0));
        double beta = 1 - 1 / window;
        double[] out = new double[steps];
        double m = 0;
        double power = 1;
        for (int i = 0; i < steps; i++) {
            m = beta * m + (1 - beta) * losses[i];
            power *= beta;
            out[i] = m / (1 - power);
        }
        return out;
    }

    /** Mean training loss of each finished epoch. */
    public double[] trainLoss() {
        return column(0);
    }

    /** Validation loss after each epoch (NaN without validation data). */
    public double[] valLoss() {
        return column(1);
    }

    /**
     * Validation accuracy (0..1) after each epoch (NaN without validation data or for regression).
     */
    public double[] valAccuracy() {
        return column(2);
    }

    /**
     * The step count at the end of each epoch (where its validation loss belongs on a step axis).
     */
    public double[] epochEndSteps() {
        return column(3);
    }

    /** Seconds each epoch took, validation included. */
    public double[] epochSeconds() {
        return column(4);
    }

    /** Finished epochs. */
    public int epochs() {
        return epochs.size();
    }

    /** Steps taken. */
    public long steps() {
        return steps;
    }

    /** Wall-clock seconds of the whole run. */
    public double seconds() {
        return seconds;
    }

    /** Training speed: steps divided by the time spent in training steps (validation excluded). */
    public double stepsPerSecond() {
        return trainSeconds > 0 ? steps / trainSeconds : Double.NaN;
    }

    /** Whether the run was stopped early (Ctrl-C or a listener's {@link Stop#request()}). */
    public boolean stopped() {
        return stopped;
    }

    /** The last epoch's mean training loss, or the mean of the last steps if no epoch finished. */
    public double finalLoss() {
        if (!epochs.isEmpty()) {
            return epochs.get(epochs.size() - 1)[0];
        }
        double[] s = smoothedLosses();
        return s.length == 0 ? Double.NaN : s[s.length - 1];
    }

    /** The last validation accuracy, or NaN. */
    public double finalAccuracy() {
        return epochs.isEmpty() ? Double.NaN : epochs.get(epochs.size() - 1)[2];
    }

    /** Prints the loss chart and a table of the epochs. */
    public void plot() {
        System.out.print(render());
        System.out.flush();
    }

    /** The loss chart and epoch table as text. */
    public String render() {
        return chart(List.of(this), Display.width(), Display.unicode(), Display.ansi().enabled())
                + table();
    }

    /** Prints the smoothed losses of several runs on one chart and a table comparing them. */
    public static void compare(History... runs) {
        System.out.print(renderComparison(runs));
        System.out.flush();
    }

    /** {@link #compare} as text. */
    public static String renderComparison(History... runs) {
        Table t =
                Table.of(
                        List.of(
                                "run",
                                "steps",
                                "final loss",
                                "val loss",
                                "val acc",
                                "seconds",
                                "steps/s"));
        for (History h : runs) {
            double[] val = h.valLoss();
            t.row(
                    h.stopped ? h.name + " (stopped)" : h.name,
                    h.steps,
                    orNull(h.finalLoss()),
                    val.length == 0 ? null : orNull(val[val.length - 1]),
                    orNull(h.finalAccuracy()),
                    Math.round(h.seconds * 100) / 100.0,
                    orNull(Math.round(h.stepsPerSecond() * 10) / 10.0));
        }
        return chart(List.of(runs), Display.width(), Display.unicode(), Display.ansi().enabled())
                + t.render(Display.unicode());
    }

    /** The loss chart: smoothed train loss per step, validation loss at each epoch's end. */
    static String chart(List<History> runs, int width, boolean unicode, boolean ansi) {
        Chart.Builder c =
                Chart.builder()
                        .unicode(unicode)
                        .ansi(Ansi.of(ansi))
                        .width(Math.max(30, Math.min(70, width - 14)))
                        .maxColumns(width)
                        .height(10)
                        .xLabel("step")
                        .title(runs.size() == 1 ? "loss: " + runs.get(0).name : "loss");
        boolean positive = true;
        for (History h : runs) {
            double[] ys = h.smoothedLosses();
            double[] xs = new double[ys.length];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = i + 1;
                positive &= !(ys[i] <= 0);
            }
            c.line(new Series(runs.size() == 1 ? "train" : h.name, xs, ys));
        }
        if (runs.size() == 1
                && !runs.get(0).epochs.isEmpty()
                && !Double.isNaN(runs.get(0).epochs.get(0)[1])) {
            History h = runs.get(0);
            double[] xs = h.epochEndSteps();
            double[] ys = h.valLoss();
            for (double y : ys) {
                positive &= !(y <= 0);
            }
            c.scatter(new Series("validation", xs, ys));
        }
        return c.logY(positive && spread(runs)).build().render();
    }

    /** Whether the losses span more than a factor of 20 (then a log axis reads better). */
    private static boolean spread(List<History> runs) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (History h : runs) {
            for (double v : h.smoothedLosses()) {
                if (v > 0 && Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return hi > 20 * lo;
    }

    /** One row per epoch: train loss, validation loss and accuracy, seconds. */
    String table() {
        Table t = Table.of(List.of("epoch", "train loss", "val loss", "val acc", "seconds"));
        for (int i = 0; i < epochs.size(); i++) {
            double[] e = epochs.get(i);
            t.row(i + 1, orNull(e[0]), orNull(e[1]), orNull(e[2]), Math.round(e[4] * 100) / 100.0);
        }
        return t.render(Display.unicode());
    }

    /**
     * A one-line summary, e.g. {@code History[MLP: 5 epochs, 160 steps, loss 0.1234, val acc 95.0%,
     * 2.1s]}.
     */
    @Override
    public String toString() {
        StringBuilder sb =
                new StringBuilder("History[")
                        .append(name)
                        .append(": ")
                        .append(epochs.size())
                        .append(epochs.size() == 1 ? " epoch, " : " epochs, ")
                        .append(steps)
                        .append(" steps, loss ")
                        .append(TrainingProgress.loss(finalLoss()));
        if (!Double.isNaN(finalAccuracy())) {
            sb.append(
                    String.format(
                            java.util.Locale.ROOT, ", val acc %.1f%%", 100 * finalAccuracy()));
        }
        sb.append(", ").append(TrainingProgress.duration(seconds));
        if (stopped) {
            sb.append(", stopped early");
        }
        return sb.append(']').toString();
    }

    private static Double orNull(double v) {
        return Double.isNaN(v) ? null : v;
    }

    private double[] column(int k) {
        double[] out = new double[epochs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = epochs.get(i)[k];
        }
        return out;
    }
}
