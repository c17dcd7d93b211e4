package dltutor.session;

import dltutor.dl.FitCache;
import dltutor.dl.Training;
import dltutor.runtime.Stop;
import dltutor.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Rebuilds a resumed lesson's session from its journal, one snippet at a time, on the thread that
 * starts the session. Each snippet has a time limit, after which it is stopped; the learner can
 * cancel the rest with Ctrl-C. What could not be restored is kept in a {@link Report}; the journal
 * itself is never changed here (only the learner prunes it, with {@code /prune}).
 *
 * <p>Trainings are not run again: each snippet gets its {@link FitCache} key, so a {@code fit}
 * restores the parameters and history it saved when the learner ran it.
 */
public final class Replay {
    /** A drop recorded in the journal: {@code //@drop name} (a comment to any other reader). */
    public static final String DROP = "//@drop ";

    /** The per-snippet time limit, in milliseconds ({@code -Ddltutor.replay.limit=…}; 30 s). */
    public static long limitMs() {
        return Long.getLong("dltutor.replay.limit", 30_000L);
    }

    /** One journal snippet that was not restored, and why. */
    public record Skipped(int index, String source, String why, boolean tried) {
        /** The source on one line, cut to at most {@code max} characters. */
        public String line(int max) {
            String one = source.strip().replaceAll("\\s+", " ");
            return one.length() > max ? one.substring(0, max - 1) + "…" : one;
        }
    }

    /** What the replay did: how many snippets it had and which it left out. */
    public record Report(int total, List<Skipped> skipped, boolean cancelled) {
        /** Whether everything was restored. */
        public boolean complete() {
            return skipped.isEmpty();
        }
    }

    private static final long TICK_MS = 200;

    /**
     * A cancelled snippet that still runs is stopped again this often (a stop may come too early).
     */
    private static final long RESTOP_NANOS = 2_000_000_000L;

    private final List<String> journal;
    private final String lessonId;
    private final AtomicInteger at = new AtomicInteger(-1);
    private final AtomicInteger generation = new AtomicInteger();
    private volatile boolean cancelled;
    private volatile boolean timedOut;
    private volatile Session session;

    public Replay(String lessonId, List<String> journal) {
        this.lessonId = lessonId;
        this.journal = List.copyOf(journal);
    }

    /** How many snippets there are to restore. */
    public int total() {
        return journal.size();
    }

    /** The snippet being restored now (from 1), or 0 before the first. */
    public int current() {
        return at.get() + 1;
    }

    /** Stops the snippet being restored and skips the rest (Ctrl-C). */
    public void cancel() {
        cancelled = true;
        Session s = session;
        if (s != null) {
            s.stop();
        }
    }

    /** Whether the learner cancelled the replay. */
    public boolean cancelled() {
        return cancelled;
    }

    /** Replays the journal into {@code s}; returns what was left out. */
    public Report run(Session s) {
        session = s;
        List<Skipped> skipped = new ArrayList<>();
        for (int i = 0; i < journal.size(); i++) {
            String source = journal.get(i);
            if (cancelled) {
                skipped.add(new Skipped(i, source, Messages.get("tutor.replay.not-tried"), false));
                continue;
            }
            at.set(i);
            if (source.startsWith(DROP)) {
                s.drop(source.substring(DROP.length()).strip());
                continue;
            }
            String why = restoreOne(s, i, source);
            if (why != null) {
                skipped.add(new Skipped(i, source, why, true));
            }
        }
        at.set(journal.size());
        return new Report(journal.size(), List.copyOf(skipped), cancelled);
    }

    /**
     * Watches the snippet of generation {@code gen}: stops it after {@code limit} ms, unless a
     * training is still taking steps (one whose cache entry is missing trains again; it may take
     * longer, and Ctrl-C still stops it), and stops it when the replay is cancelled (checked every
     * tick, so a Ctrl-C that came while the snippet was still compiling is not lost).
     */
    private void watch(Session s, int gen, long limit) {
        long tickMs = Math.min(TICK_MS, limit);
        long[] state = {System.nanoTime() + limit * 1_000_000L, Training.stepsTrained(), 0};
        Runnable[] tick = new Runnable[1];
        tick[0] =
                () -> {
                    if (generation.get() != gen) {
                        return;
                    }
                    long now = System.nanoTime();
                    if (cancelled) {
                        if (now - state[2] > RESTOP_NANOS) {
                            state[2] = now;
                            s.stop();
                        }
                    } else if (now >= state[0]) {
                        long steps = Training.stepsTrained();
                        if (steps > state[1]) {
                            state[0] = now + limit * 1_000_000L;
                            state[1] = steps;
                        } else {
                            timedOut = true;
                            s.stop();
                            return;
                        }
                    }
                    CompletableFuture.runAsync(
                            tick[0],
                            CompletableFuture.delayedExecutor(
                                    tickMs, TimeUnit.MILLISECONDS, Runnable::run));
                };
        CompletableFuture.runAsync(
                tick[0],
                CompletableFuture.delayedExecutor(tickMs, TimeUnit.MILLISECONDS, Runnable::run));
    }

    private String restoreOne(Session s, int i, String source) {
        Stop.clear();
        timedOut = false;
        int gen = generation.incrementAndGet();
        long limit = limitMs();
        watch(s, gen, limit);
        List<String> before = journal.subList(0, i);
        s.beforeEachSnippet(src -> FitCache.enter(FitCache.key(lessonId, before, src), true));
        List<Outcome> outcomes;
        try {
            outcomes = s.eval(source);
        } finally {
            generation.incrementAndGet();
            s.beforeEachSnippet(null);
            FitCache.leave();
        }
        if (timedOut) {
            return Messages.get("tutor.replay.too-long", Math.max(1, limit / 1000));
        }
        if (cancelled) {
            return Messages.get("tutor.replay.cancelled");
        }
        for (Outcome o : outcomes) {
            if (!o.ok()) {
                return o.stopped() ? Messages.get("tutor.replay.cancelled") : o.why();
            }
        }
        return null;
    }
}
