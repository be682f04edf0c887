package hu.webshopsync.host.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Where one command's time went, phase by phase, for the technical log: a short run that the schedule
 * starts every few minutes pays its fixed cost each time, and this line shows what that cost is made
 * of. Each {@link #mark} closes the phase that ran since the previous mark; a phase marked twice adds up.
 */
final class CommandTimes {

    /** The line's first word, which the {@code startup} benchmark looks for. */
    static final String PREFIX = "command phases:";

    private final LongSupplier nanoTime;
    private final Supplier<Optional<Duration>> beforeMain;
    private final Supplier<Optional<Duration>> processCpu;
    private final long start;
    private final Map<String, Long> phases = new LinkedHashMap<>();
    private long last;

    /**
     * Starts timing now.
     *
     * @param nanoTime   the monotonic clock
     * @param beforeMain how long the process ran before the host's code did (JVM start), when known; asked
     *                   only for the line
     * @param processCpu the CPU time the process has used so far, all its threads, when known
     */
    CommandTimes(LongSupplier nanoTime, Supplier<Optional<Duration>> beforeMain,
                 Supplier<Optional<Duration>> processCpu) {
        this.nanoTime = nanoTime;
        this.beforeMain = beforeMain;
        this.processCpu = processCpu;
        this.start = nanoTime.getAsLong();
        this.last = start;
    }

    /** Timing for a command run in a JVM that was already running (tests, the demo's steps). */
    static CommandTimes inRunningJvm() {
        return new CommandTimes(System::nanoTime, Optional::empty, Optional::empty);
    }

    /**
     * Timing for the process's own command, the JVM's start included: from the process's start as the
     * operating system tells it to now. The operating system is asked only when the line is written,
     * since asking costs the start itself a little.
     */
    static CommandTimes ofProcess() {
        Instant main = Instant.now();
        Supplier<Optional<Duration>> jvm = () -> ProcessHandle.current().info().startInstant()
                .map(started -> Duration.between(started, main))
                .filter(d -> !d.isNegative());
        return new CommandTimes(System::nanoTime, jvm, () -> ProcessHandle.current().info().totalCpuDuration());
    }

    /**
     * Closes the phase that ran since the previous mark.
     *
     * @param phase its name
     */
    synchronized void mark(String phase) {
        long now = nanoTime.getAsLong();
        phases.merge(phase, now - last, Long::sum);
        last = now;
    }

    /**
     * The log line: {@code command phases: command=run jvm=0.412 cli=0.180 open=0.950 ... in_process=2.100
     * total=2.512 cpu=3.010} (seconds); {@code total} only when the JVM's start is known, {@code cpu} (the
     * process's so far, on all cores) only when the operating system tells it.
     *
     * @param command the command's name
     * @return the line
     */
    synchronized String line(String command) {
        StringJoiner line = new StringJoiner(" ", PREFIX + " command=" + command + " ", "");
        Optional<Duration> jvm = beforeMain.get();
        jvm.ifPresent(d -> line.add("jvm=" + seconds(d.toNanos())));
        phases.forEach((phase, nanos) -> line.add(phase + "=" + seconds(nanos)));
        long inProcess = last - start;
        line.add("in_process=" + seconds(inProcess));
        jvm.ifPresent(d -> line.add("total=" + seconds(d.toNanos() + inProcess)));
        processCpu.get().ifPresent(d -> line.add("cpu=" + seconds(d.toNanos())));
        return line.toString();
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }
}
