package hu.webshopsync.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.host.Host;
import hu.webshopsync.host.HostFixture;
import hu.webshopsync.host.testplugin.TestPluginJars;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A button press while the schedule runs the same action is refused, saying so, in both languages. */
class ButtonDuringAutomaticRunTest {

    @TempDir
    Path dir;

    @Test
    void runIsRefusedWhileAnAutomaticRunOfTheActionGoes() throws Exception {
        HostFixture host = HostFixture.withoutPlugins(dir);
        TestPluginJars.testShop(host.pluginsDir(), ">=0.1.0");
        long automatic;
        try (Host open = host.openHost()) {
            // this process is alive, so its run counts as going
            automatic = open.history().start("testshop.product-sync", "testshop", true);
        }

        HostFixture.CliRun hu = host.run("run", "testshop.product-sync");
        HostFixture.CliRun en = host.run("--lang", "en", "run", "testshop.product-sync");

        assertThat(hu.exitCode()).isEqualTo(2);
        assertThat(hu.err()).contains("Teszt szinkron", "automatikusan fut", "#" + automatic);
        assertThat(en.err()).contains("Test sync", "is running automatically", "#" + automatic);
        // a refused press records no run
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(host.run("history", "--json").out()))
                .hasSize(1);
    }
}
