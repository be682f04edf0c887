package hu.webshopsync.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.host.HostFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar started from a folder other than the repository root, as a newcomer might: it finds
 * the installation's plugins without {@code --plugins-dir}. Runs in {@code mvn verify}, after the jar
 * is packaged.
 */
class StartedElsewhereIT {

    @TempDir
    Path elsewhere;

    private static Path jar() {
        Path jar = HostFixture.repositoryRoot().resolve("host-stub/target/host-stub.jar");
        assertThat(jar).as("package host-stub first").isRegularFile();
        return jar;
    }

    @Test
    void theDemoRunsFromAnotherFolderAndPointsBackAtTheJar() throws Exception {
        Result demo = java(jar().toString(), "demo");

        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("webshop.order-sync", "java -jar " + jar() + " --data-dir demo-data history")
                .doesNotContain("--plugins-dir");
        assertThat(elsewhere.resolve("demo-data")).isDirectory();
        assertThat(elsewhere.resolve("plugins")).doesNotExist();

        Result actions = java(jar().toString(), "--data-dir", "demo-data", "actions", "products");
        assertThat(actions.exitCode()).as(actions.err()).isZero();
        assertThat(actions.out()).contains("webshop.product-sync");
    }

    private record Result(int exitCode, String out, String err) {
    }

    private Result java(String jar, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar));
        command.addAll(List.of(args));
        Path out = elsewhere.resolve("out-" + System.nanoTime());
        Path err = elsewhere.resolve("err-" + System.nanoTime());
        Process process = new ProcessBuilder(command).directory(elsewhere.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("java -jar " + List.of(args) + " did not finish; stderr: "
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
