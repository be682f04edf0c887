package hu.webshopsync.host.bench;

import hu.webshopsync.emulator.ServerModel;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;

/**
 * The {@code startup} scenario: what a short run costs as a whole process, the way a shop owner or a
 * schedule starts it. The world is the benchmark's (N products, first sync into the emulator done);
 * then the benchmark lets go of the data folder and starts the host's jar {@code runs} times for each
 * command, in turn, and prints one line per command with the median wall time of the whole process
 * beside the phases the child logged itself ({@code command phases:}, see the host's CommandTimes).
 */
public final class StartupCost {

    /** The commands measured: an unchanged re-sync, and two lists that touch no shop. */
    static final List<List<String>> COMMANDS = List.of(
            List.of("run", BenchSession.PRODUCT_SYNC), List.of("orders", "list"), List.of("products", "list"));

    private static final String PHASES = "command phases:";
    private static final long TIMEOUT_MINUTES = 5;

    private final int products;
    private final long latencyMs;
    private final Path pluginsDir;
    private final HostLaunch launch;
    private final int runs;
    private final PrintWriter out;
    private final PrintWriter log;

    /**
     * @param products   products in the ERP
     * @param latencyMs  the shop's latency
     * @param pluginsDir the plugins folder
     * @param launch     how to start the host as a process
     * @param runs       starts per command
     * @param out        where the result lines go
     * @param log        where notes go
     */
    public StartupCost(int products, long latencyMs, Path pluginsDir, HostLaunch launch, int runs, PrintWriter out,
                       PrintWriter log) {
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be positive");
        }
        this.products = products;
        this.latencyMs = latencyMs;
        this.pluginsDir = pluginsDir;
        this.launch = launch;
        this.runs = runs;
        this.out = out;
        this.log = log;
    }

    /**
     * Builds the world, syncs it once, then starts the host {@code runs} times per command.
     *
     * @throws Exception when the world cannot be built or a child fails
     */
    public void run() throws Exception {
        // latency only: an unchanged re-sync sends two requests, what is measured is the host's own start
        try (BenchSession session = BenchSession.open(products, latencyMs, ServerModel.off(), pluginsDir, log)) {
            log.println("# prerequisite (not a requested scenario): " + session.fullSync("full-sync", null).format());
            BenchSession.Released folder = session.releaseDataFolder();
            Path logs = Files.createTempDirectory("webshop-startup-");
            try {
                log.printf(Locale.ROOT, "# startup: %s, %d runs per command, in turn; load average before %.2f%n",
                        launch.describe(), runs, loadAverage());
                Map<List<String>, List<ChildRun>> results = new LinkedHashMap<>();
                for (int i = 0; i < runs; i++) {
                    for (List<String> command : COMMANDS) {
                        results.computeIfAbsent(command, c -> new ArrayList<>())
                                .add(start(folder, command, logs.resolve("run-" + i + ".err")));
                    }
                }
                results.forEach((command, measured) -> print(command, measured));
                log.printf(Locale.ROOT, "# startup: load average after %.2f%n", loadAverage());
            } finally {
                try (var files = Files.list(logs)) {
                    for (Path f : files.toList()) {
                        Files.deleteIfExists(f);
                    }
                }
                Files.deleteIfExists(logs);
            }
        }
    }

    private ChildRun start(BenchSession.Released folder, List<String> command, Path stderr)
            throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(launch.command());
        line.addAll(List.of("--data-dir", folder.dataDir().toString(), "--plugins-dir", pluginsDir.toString(),
                "--key-file", folder.keyFile().toString(), "--lang", "en", "--verbose"));
        line.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(line).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile());
        long t0 = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not end in " + TIMEOUT_MINUTES
                    + " minutes");
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        List<String> lines = Files.readAllLines(stderr, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " ended with " + process.exitValue()
                    + "; its log:\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())));
        }
        return new ChildRun(wall, lines.stream().filter(l -> l.contains(PHASES)).reduce((a, b) -> b)
                .map(StartupCost::phases).orElse(Map.of()));
    }

    /** {@code jvm=0.412 cli=0.180 ...} of the child's line, in seconds. */
    static Map<String, Double> phases(String line) {
        Map<String, Double> phases = new LinkedHashMap<>();
        for (String word : line.substring(line.indexOf(PHASES) + PHASES.length()).trim().split("\\s+")) {
            int eq = word.indexOf('=');
            if (eq > 0) {
                try {
                    phases.put(word.substring(0, eq), Double.parseDouble(word.substring(eq + 1)));
                } catch (NumberFormatException notANumber) {
                    // command=run
                }
            }
        }
        return phases;
    }

    private void print(List<String> command, List<ChildRun> measured) {
        List<Double> walls = measured.stream().map(ChildRun::wallSeconds).sorted().toList();
        StringJoiner line = new StringJoiner(" ");
        line.add("scenario=startup").add("command=" + String.join("-", command)).add("products=" + products)
                .add("runs=" + measured.size()).add("median_wall_s=" + seconds(median(walls)))
                .add("min_wall_s=" + seconds(walls.get(0))).add("max_wall_s=" + seconds(walls.get(walls.size() - 1)));
        List<String> names = new ArrayList<>();
        measured.forEach(r -> r.phases().keySet().forEach(k -> {
            if (!names.contains(k)) {
                names.add(k);
            }
        }));
        for (String name : names) {
            List<Double> values = measured.stream().map(r -> r.phases().getOrDefault(name, 0.0)).sorted().toList();
            line.add("median_" + name + "_s=" + seconds(median(values)));
        }
        out.println(line);
        out.flush();
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** One start of the host: its wall time as the parent saw it, and the phases it logged. */
    private record ChildRun(double wallSeconds, Map<String, Double> phases) {
    }

    /**
     * How to start the host as a process: {@code java [JVM options] -jar host-stub.jar}, or from a
     * class path when the benchmark itself runs from a build's classes.
     *
     * @param command the command line up to the host's own arguments
     */
    public record HostLaunch(List<String> command) {

        /**
         * The running host's own way: this JVM's {@code java}, its jar (or class path).
         *
         * @param jar        another host jar to measure, e.g. an older build, or empty for this one
         * @param jvmOptions JVM options to add, e.g. {@code -XX:SharedArchiveFile=…}
         * @return the launch
         */
        public static HostLaunch of(Optional<Path> jar, List<String> jvmOptions) {
            String java = ProcessHandle.current().info().command()
                    .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            List<String> command = new ArrayList<>(List.of(java));
            command.addAll(jvmOptions);
            String classPath = System.getProperty("java.class.path");
            if (jar.isPresent()) {
                command.addAll(List.of("-jar", jar.get().toAbsolutePath().toString()));
            } else if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
                command.addAll(List.of("-jar", classPath));
            } else {
                command.addAll(List.of("-cp", classPath, "hu.webshopsync.host.cli.HostMain"));
            }
            return new HostLaunch(List.copyOf(command));
        }

        String describe() {
            return String.join(" ", command);
        }
    }
}
