package dltutor.bench;

import ai.djl.training.loss.Loss;
import dltutor.data.Datasets;
import dltutor.data.FashionMnist;
import dltutor.data.Split;
import dltutor.dl.FitConfig;
import dltutor.dl.Training;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Native and heap memory after 1 and after 10 trainings in one session, as a learner re-running a
 * lesson's training cell would do: a new model and optimizer each time.
 */
public final class Memory {
    private Memory() {}

    /**
     * Prints JSON lines: resident memory and heap, ours = after 10, peer = after 1; in a full run
     * also RSS after 25 vs after 10.
     */
    public static void run(boolean quick) throws IOException {
        FashionMnist data = Datasets.fashionMnist(Split.TRAIN, quick ? 1000 : 3000);
        long[] after1 = null;
        long[] after10 = null;
        int runs = quick ? 10 : 25;
        for (int i = 1; i <= runs; i++) {
            FitConfig config =
                    FitConfig.builder()
                            .setLoss(Loss.softmaxCrossEntropyLoss())
                            .optEpochs(1)
                            .optBatchSize(64)
                            .optAdam(1e-3f)
                            .optQuiet(true)
                            .build();
            Training.fit(Models.lenet(), data.images(), data.labels(), config);
            if (i == 1) {
                after1 = sample();
            } else if (i == 10) {
                after10 = sample();
            }
        }
        String what =
                "LeNet-5, one epoch over "
                        + data.size()
                        + " images, new model and Adam each run; RSS from /proc/self/status";
        Stats.emit(
                "resident memory after 10 trainings vs after 1",
                after10[0] / 1024.0,
                after1[0] / 1024.0,
                "MiB",
                what);
        Stats.emit(
                "heap after 10 trainings vs after 1",
                after10[1] / 1024.0,
                after1[1] / 1024.0,
                "MiB",
                "used heap after System.gc()");
        if (runs > 10) {
            long[] last = sample();
            Stats.emit(
                    "resident memory after " + runs + " trainings vs after 10",
                    last[0] / 1024.0,
                    after10[0] / 1024.0,
                    "MiB",
                    what + "; steady state, once the JIT and the allocator have warmed up");
        }
    }

    /** {resident kB, used heap kB}. */
    private static long[] sample() throws IOException {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long rss = 0;
        Path status = Path.of("/proc/self/status");
        if (Files.exists(status)) {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        }
        Runtime rt = Runtime.getRuntime();
        return new long[] {rss, (rt.totalMemory() - rt.freeMemory()) / 1024};
    }
}
