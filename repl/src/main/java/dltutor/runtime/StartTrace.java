package dltutor.runtime;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Milestones of a launch, for measuring where the time to the first prompt goes: with {@code
 * -Ddltutor.trace.start=FILE} each {@link #mark(String)} appends "milliseconds since the JVM
 * started, thread, milestone" to FILE. Off (one static boolean read) otherwise.
 */
public final class StartTrace {
    private static final String FILE = System.getProperty("dltutor.trace.start");

    private StartTrace() {}

    private static Thread sampler;

    /** Records that the launch reached {@code milestone}. */
    public static void mark(String milestone) {
        if (FILE == null) {
            return;
        }
        if (sampler == null && Boolean.getBoolean("dltutor.trace.sample")) {
            Thread main = Thread.currentThread();
            sampler =
                    new Thread(
                            () -> {
                                while (ManagementFactory.getRuntimeMXBean().getUptime() < 3000) {
                                    StringBuilder b = new StringBuilder("sample:");
                                    Thread.getAllStackTraces()
                                            .forEach(
                                                    (t, st) -> {
                                                        if (t.getState() != Thread.State.RUNNABLE
                                                                || t == Thread.currentThread()
                                                                || st.length == 0) {
                                                            return;
                                                        }
                                                        b.append("\n    [")
                                                                .append(t.getName())
                                                                .append("]");
                                                        for (int i = 0;
                                                                i
                                                                        < Math.min(
                                                                                t == main ? 12 : 5,
                                                                                st.length);
                                                                i++) {
                                                            b.append("\n        ").append(st[i]);
                                                        }
                                                    });
                                    write(b.toString());
                                    try {
                                        Thread.sleep(40);
                                    } catch (InterruptedException e) {
                                        return;
                                    }
                                }
                            },
                            "trace-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }
        write(milestone);
    }

    private static void write(String milestone) {
        long ms = ManagementFactory.getRuntimeMXBean().getUptime();
        String line =
                String.format(
                        "%5d ms  %-18s %s%n", ms, Thread.currentThread().getName(), milestone);
        try {
            Files.writeString(
                    Path.of(FILE),
                    line,
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            // a trace is best effort
        }
    }
}
