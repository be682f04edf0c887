package hu.webshopsync.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.api.ListAction;
import hu.webshopsync.api.Outcome;
import hu.webshopsync.host.Host;
import hu.webshopsync.host.HostConfig;
import hu.webshopsync.host.HostFixture;
import hu.webshopsync.host.testplugin.TestPluginJars;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Background runs through the host's action runner with the test plugin: one run at a time per
 * action, cancellation, and the run recorded in the history like a CLI run.
 */
class ActionRunsTest {

    @TempDir
    Path dir;

    @Test
    void aSecondStartOfARunningActionIsRefusedAndPointsAtTheRunningOne() throws Exception {
        Path plugins = dir.resolve("plugins");
        TestPluginJars.testShop(plugins, ">=0.1.0");
        Clock clock = Clock.system(HostConfig.ERP_ZONE);
        try (Host host = new HostFixture(dir.resolve("data"), plugins, clock).openHost();
             ActionRuns runs = new ActionRuns(host::actionRunner, host::redactor, clock)) {
            ListAction action = host.extensions().action("testshop.product-sync").orElseThrow();

            ActionRuns.Start first = runs.start(action, "products", Set.of(), Map.of("sleepMs", "20000"),
                    Locale.forLanguageTag("hu"));
            ActionRuns.Start second = runs.start(action, "products", Set.of(), Map.of(), Locale.forLanguageTag("hu"));

            assertThat(first).isInstanceOf(ActionRuns.Started.class);
            assertThat(second).isInstanceOf(ActionRuns.AlreadyRunning.class);
            assertThat(second.progress().ticket()).isEqualTo(first.progress().ticket());
            assertThat(runs.running()).containsExactly(first.progress());
            assertThat(first.progress().label()).isEqualTo("Teszt szinkron");

            first.progress().requestCancel();
            long deadline = System.currentTimeMillis() + 10_000;
            while (first.progress().running() && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertThat(first.progress().running()).isFalse();
            long runId = first.progress().run().orElseThrow().runId();
            assertThat(host.history().find(runId)).isPresent();

            ActionRuns.Start third = runs.start(action, "products", Set.of(), Map.of(), Locale.ENGLISH);
            assertThat(third).isInstanceOf(ActionRuns.Started.class);
            assertThat(third.progress().ticket()).isNotEqualTo(first.progress().ticket());
            deadline = System.currentTimeMillis() + 10_000;
            while (third.progress().running() && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertThat(third.progress().run().orElseThrow().result().outcome()).isEqualTo(Outcome.SUCCESS);
            assertThat(runs.find(third.progress().ticket())).contains(third.progress());
        }
    }
}
