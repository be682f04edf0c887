package hu.webshopsync.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hu.webshopsync.host.HostFixture;
import hu.webshopsync.host.testplugin.TestPluginJars;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KillAndRestartTest {

    @TempDir
    Path dir;

    @Test
    void aRunKilledWithSigkillStaysInterruptedAndOtherProcessesOpenTheDatabaseMeanwhileAndAfter() throws Exception {
        HostFixture host = HostFixture.withoutPlugins(dir);
        TestPluginJars.testShop(host.pluginsDir(), ">=0.1.0");

        HostFixture.Launched running = host.start("run", "testshop.product-sync", "--option", "sleepMs=60000");
        try {
            waitUntil(() -> running.errSoFar().contains("Teszt szinkron: indul"), running);
            // another workstation's command works alongside (issue #17), and sees the run going
            HostFixture.CliRun meanwhile = host.run("history", "--json");
            assertThat(meanwhile.exitCode()).as(meanwhile.err()).isZero();
            assertThat(new ObjectMapper().readTree(meanwhile.out()).get(0).get("outcome").asText())
                    .isEqualTo("RUNNING");
        } finally {
            running.process().destroyForcibly();
            running.process().waitFor(10, TimeUnit.SECONDS);
        }

        // how fast a stale lock is cleared is a figure for the benchmarks, not a timed assertion here
        HostFixture.CliRun after = host.run("history", "--json");
        assertThat(after.exitCode()).as(after.err()).isZero();
        JsonNode runs = new ObjectMapper().readTree(after.out());
        assertThat(runs.get(0).get("outcome").asText()).isEqualTo("INTERRUPTED");
        assertThat(host.run("run", "testshop.product-sync").exitCode()).isZero();
    }

    private static void waitUntil(BooleanSupplier condition, HostFixture.Launched running) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline || !running.process().isAlive()) {
                throw new AssertionError("the run did not start: " + running.errSoFar());
            }
            Thread.sleep(100);
        }
    }
}
