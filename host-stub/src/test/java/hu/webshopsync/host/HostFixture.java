package hu.webshopsync.host;

import hu.webshopsync.host.cli.HostMain;
import hu.webshopsync.host.secrets.SecretKeyFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A host on a temporary data folder and plugins folder, for end-to-end tests: runs CLI commands in
 * this JVM (fast, output captured) or in a separate JVM (for tests that kill the host).
 */
public final class HostFixture {

    /** The packaged webshop plugin, relative to the repository root. */
    public static final String PLUGIN_JAR = "webshop-plugin/target/webshop-plugin-0.1.0.jar";

    private final Path dataDir;
    private final Path pluginsDir;
    private final Clock clock;
    private final Path keyFile;

    /**
     * The result of one CLI command.
     *
     * @param exitCode the exit code
     * @param out      what it printed on stdout
     * @param err      what it printed on stderr
     */
    public record CliRun(int exitCode, String out, String err) {
    }

    /**
     * A fixture on given folders.
     *
     * @param dataDir    the data folder
     * @param pluginsDir the plugins folder
     * @param clock      the host's clock for in-process runs
     */
    public HostFixture(Path dataDir, Path pluginsDir, Clock clock) {
        this.dataDir = dataDir;
        this.pluginsDir = pluginsDir;
        this.clock = clock;
        // beside the data folder: a test never creates or reads the user's real key
        this.keyFile = dataDir.toAbsolutePath().getParent().resolve("secret.key");
    }

    /**
     * A fixture with no plugins.
     *
     * @param tempDir a temporary folder
     * @return the fixture
     */
    public static HostFixture withoutPlugins(Path tempDir) {
        return new HostFixture(tempDir.resolve("data"), createDirectories(tempDir.resolve("plugins")),
                Clock.system(HostConfig.ERP_ZONE));
    }

    /**
     * A fixture whose plugins folder holds the packaged webshop plugin.
     *
     * @param tempDir a temporary folder
     * @return the fixture
     * @throws AssertionError when the plugin has not been built
     */
    public static HostFixture withWebshopPlugin(Path tempDir) {
        Path plugins = createDirectories(tempDir.resolve("plugins"));
        Path jar = webshopPluginJar();
        try {
            Files.copy(jar, plugins.resolve(jar.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HostFixture(tempDir.resolve("data"), plugins, Clock.system(HostConfig.ERP_ZONE));
    }

    /**
     * The packaged webshop plugin jar.
     *
     * @return its path
     * @throws AssertionError when it has not been built
     */
    public static Path webshopPluginJar() {
        Path jar = repositoryRoot().resolve(PLUGIN_JAR);
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError("build webshop-plugin first: mvn -pl webshop-plugin package (missing " + jar + ")");
        }
        return jar;
    }

    /**
     * The repository root: the nearest folder upwards that contains {@code plugin-api}.
     *
     * @return the root
     */
    public static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("plugin-api"))) {
                return dir;
            }
        }
        throw new AssertionError("no folder containing plugin-api above " + Path.of("").toAbsolutePath());
    }

    /**
     * The data folder.
     *
     * @return the folder
     */
    public Path dataDir() {
        return dataDir;
    }

    /**
     * The plugins folder.
     *
     * @return the folder
     */
    public Path pluginsDir() {
        return pluginsDir;
    }

    /**
     * Opens the host directly, for tests that call services; close it before running CLI commands.
     *
     * @return the open host
     */
    public Host openHost() {
        return Host.open(new HostConfig(dataDir, pluginsDir, clock, new SecretKeyFile(keyFile)));
    }

    /**
     * The key file that seals this fixture's secrets.
     *
     * @return its path
     */
    public Path keyFile() {
        return keyFile;
    }

    /**
     * Runs a CLI command in this JVM.
     *
     * @param args the command, without {@code --data-dir}/{@code --plugins-dir}
     * @return its exit code and output
     */
    public CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HostMain.execute(withFolders(args).toArray(String[]::new), new PrintWriter(out, true),
                new PrintWriter(err, true), clock, false);
        return new CliRun(code, out.toString(), err.toString());
    }

    /**
     * Runs a CLI command in this JVM with a standard input and environment of its own.
     *
     * @param stdin       what is piped into the command
     * @param environment the environment variables it sees
     * @param args        the command, without {@code --data-dir}/{@code --plugins-dir}
     * @return its exit code and output
     */
    public CliRun run(String stdin, Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HostMain.execute(withFolders(args).toArray(String[]::new), new BufferedReader(new StringReader(stdin)),
                environment, new PrintWriter(out, true), new PrintWriter(err, true), clock);
        return new CliRun(code, out.toString(), err.toString());
    }

    /**
     * Starts a CLI command in a separate JVM on this test's class path, e.g. to kill it with
     * {@link Process#destroyForcibly()} (SIGKILL on Unix).
     *
     * @param args the command, without {@code --data-dir}/{@code --plugins-dir}
     * @return the running process and the files its stdout and stderr go to
     */
    public Launched start(String... args) {
        return launch(args);
    }

    /**
     * Runs a CLI command in a separate JVM to its end.
     *
     * @param timeout how long to wait
     * @param args    the command, without {@code --data-dir}/{@code --plugins-dir}
     * @return its exit code and output
     */
    public CliRun runInProcess(Duration timeout, String... args) {
        Launched launched = launch(args);
        try {
            if (!launched.process().waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                launched.process().destroyForcibly();
                throw new AssertionError("host command did not finish in " + timeout + ": " + List.of(args));
            }
            return new CliRun(launched.process().exitValue(), Files.readString(launched.out(), StandardCharsets.UTF_8),
                    Files.readString(launched.err(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /**
     * A host command running in its own JVM.
     *
     * @param process the process
     * @param out     the file its stdout goes to
     * @param err     the file its stderr goes to
     */
    public record Launched(Process process, Path out, Path err) {

        /**
         * What the process printed on stderr so far.
         *
         * @return the text
         */
        public String errSoFar() {
            try {
                return Files.readString(err, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * What the process printed on stdout so far.
         *
         * @return the text
         */
        public String outSoFar() {
            try {
                return Files.readString(out, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Launched launch(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(HostMain.class.getName());
        command.addAll(withFolders(args));
        try {
            Path logs = createDirectories(dataDir.toAbsolutePath().getParent().resolve("process-logs"));
            String stamp = Long.toString(System.nanoTime());
            Path out = logs.resolve(stamp + ".out");
            Path err = logs.resolve(stamp + ".err");
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            return new Launched(process, out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> withFolders(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "--plugins-dir",
                pluginsDir.toString(), "--key-file", keyFile.toString()));
        all.addAll(List.of(args));
        return all;
    }

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
