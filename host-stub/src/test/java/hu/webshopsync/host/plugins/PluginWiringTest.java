package hu.webshopsync.host.plugins;

import hu.webshopsync.api.ItemStatus;
import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.api.Cancellation;
import hu.webshopsync.api.HostModule;
import hu.webshopsync.api.ItemLine;
import hu.webshopsync.api.ListAction;
import hu.webshopsync.api.Outcome;
import hu.webshopsync.api.ProductListAction;
import hu.webshopsync.api.ProgressListener;
import hu.webshopsync.host.Host;
import hu.webshopsync.host.HostConfig;
import hu.webshopsync.host.history.RunSummary;
import hu.webshopsync.host.testplugin.TestPluginJars;
import hu.webshopsync.host.testplugin.TestShopPlugin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.PluginWrapper;
import org.pf4j.test.PluginJar;

class PluginWiringTest {

    @TempDir
    Path dir;

    private Host host() {
        return Host.open(HostConfig.of(dir.resolve("data"), dir.resolve("plugins")));
    }

    @Test
    void extensionsAreBuiltWithTheirPluginInstanceOrTheNoArgConstructor() throws IOException {
        TestPluginJars.testShop(dir.resolve("plugins"), ">=0.1.0");
        try (Host host = host()) {
            PluginExtensions extensions = host.extensions();

            List<ProductListAction> actions = extensions.productActions();
            assertThat(actions).hasSize(1);
            PluginWrapper wrapper = host.plugins().getPlugin(TestShopPlugin.ID);
            Object action = actions.get(0);
            assertThat(action.getClass().getClassLoader()).isSameAs(wrapper.getPluginClassLoader());
            Object plugin = action.getClass().getMethod("plugin").invoke(action);
            assertThat(plugin).isSameAs(wrapper.getPlugin());
            assertThat(extensions.orderActions()).extracting(ListAction::id).containsExactly("testshop.order-sync");
            assertThat(extensions.sheetFields()).hasSize(1);
            assertThat(extensions.modules()).extracting(HostModule::id).containsExactly("testshop");
            assertThat(extensions.ownerOf(action)).isEqualTo(TestShopPlugin.ID);
            assertThat(extensions.productActions().get(0)).as("looked up fresh, not cached").isNotSameAs(action);
            assertThat(host.pluginProblems()).isEmpty();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void actionsRunWithThePluginsClassLoaderTheirOwnStateAndARecordedHistory() throws IOException {
        TestPluginJars.testShop(dir.resolve("plugins"), ">=0.1.0");
        try (Host host = host()) {
            ListAction action = host.extensions().action("testshop.product-sync").orElseThrow();
            ClassLoader before = Thread.currentThread().getContextClassLoader();

            ActionRunner.Run run = host.actionRunner().run(action, Set.of(), Map.of(), Locale.forLanguageTag("hu"),
                    ProgressListener.NONE, Cancellation.NEVER);

            assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(before);
            assertThat(run.result().outcome()).isEqualTo(Outcome.SUCCESS);
            assertThat(run.result().items()).contains(new ItemLine("context-class-loader", ItemStatus.UNCHANGED, ""));
            assertThat(host.stateStore(TestShopPlugin.ID).get("last-run")).contains("0");
            assertThat(host.stateStore("another-plugin").get("last-run")).isEmpty();
            RunSummary summary = host.history().find(run.runId()).orElseThrow();
            assertThat(summary.outcome()).isEqualTo("SUCCESS");
            assertThat(summary.pluginId()).isEqualTo(TestShopPlugin.ID);
            assertThat(summary.durationMs()).isNotNull();
            assertThat(host.history().items(run.runId())).hasSize(1);
        }
    }

    @Test
    void anEscapingExceptionBecomesAFailedRunWithoutTheSecret() throws IOException {
        TestPluginJars.testShop(dir.resolve("plugins"), ">=0.1.0");
        try (Host host = host()) {
            host.moduleActivation().activate("testshop", host.extensions().definitions("testshop"),
                    Map.of("url", "https://shop.example.hu", "consumerKey", "ck_1", "consumerSecret", "cs_topsecret_42"),
                    null);
            ListAction action = host.extensions().action("testshop.product-sync").orElseThrow();

            ActionRunner.Run run = host.actionRunner().run(action, Set.of(), Map.of("leak", "true"),
                    Locale.forLanguageTag("hu"), ProgressListener.NONE, Cancellation.NEVER);

            assertThat(run.result().outcome()).isEqualTo(Outcome.FAILED);
            assertThat(run.result().message()).contains("IllegalStateException", "****")
                    .doesNotContain("cs_topsecret_42");
            assertThat(host.history().find(run.runId()).orElseThrow().message()).doesNotContain("cs_topsecret_42");
        }
    }

    @Test
    void pluginsThatCannotRunAreReportedAndTheHostGoesOn() throws IOException {
        Path plugins = dir.resolve("plugins");
        TestPluginJars.testShop(plugins, ">=0.1.0");
        new PluginJar.Builder(plugins.resolve("future.jar"), "future-plugin").pluginVersion("1.0.0")
                .manifestAttribute("Plugin-Requires", ">=9.0.0").build();
        new PluginJar.Builder(plugins.resolve("broken.jar"), "broken-plugin").pluginVersion("1.0.0")
                .pluginClass("hu.example.DoesNotExist").build();
        Files.writeString(plugins.resolve("garbage.jar"), "not a jar");

        try (Host host = host()) {
            host.plugins();

            assertThat(host.pluginProblems()).extracting(PluginProblem::pluginId)
                    .contains("future-plugin", "broken-plugin");
            PluginProblem future = host.pluginProblems().stream()
                    .filter(p -> p.pluginId().equals("future-plugin")).findFirst().orElseThrow();
            assertThat(future.state()).isEqualTo("DISABLED");
            assertThat(future.reason()).contains(">=9.0.0", "0.1.0");
            PluginProblem broken = host.pluginProblems().stream()
                    .filter(p -> p.pluginId().equals("broken-plugin")).findFirst().orElseThrow();
            assertThat(broken.state()).isEqualTo("FAILED");
            assertThat(host.extensions().action("testshop.product-sync")).isPresent();
        }
    }

    @Test
    void hostVersionComesFromTheBuild() {
        assertThat(HostVersion.current()).isEqualTo("0.1.0");
    }
}
