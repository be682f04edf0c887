package hu.webshopsync.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.host.Host;
import hu.webshopsync.host.HostFixture;
import hu.webshopsync.host.testplugin.TestPluginJars;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secrets without the command line: {@code --set KEY} reads the value (standard input when it is not a
 * terminal), {@code --set-env KEY=VARIABLE} takes it from the environment.
 */
class SecretInputTest {

    private static final String SECRET = "cs_typed_not_on_the_command_line";

    @TempDir
    Path dir;

    private HostFixture host;

    @BeforeEach
    void setUp() throws IOException {
        host = HostFixture.withoutPlugins(dir);
        TestPluginJars.testShop(host.pluginsDir(), ">=0.1.0");
    }

    private String storedSecret() {
        try (Host open = host.openHost()) {
            return open.services().modules().settings("testshop").secret("consumerSecret").orElse("");
        }
    }

    @Test
    void aKeyWithoutValueReadsTheSecretFromStandardInput() {
        HostFixture.CliRun run = host.run(SECRET + "\n", Map.of(), "modules", "activate", "testshop",
                "--set", "url=https://shop.example.hu", "--set", "consumerKey=ck_1", "--set", "consumerSecret");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out() + run.err()).doesNotContain(SECRET);
        assertThat(storedSecret()).isEqualTo(SECRET);
    }

    @Test
    void aSecretComesFromAnEnvironmentVariable() {
        HostFixture.CliRun run = host.run("", Map.of("SHOP_SECRET", SECRET), "modules", "activate", "testshop",
                "--set", "url=https://shop.example.hu", "--set", "consumerKey=ck_1",
                "--set-env", "consumerSecret=SHOP_SECRET");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(storedSecret()).isEqualTo(SECRET);
    }

    @Test
    void noInputAndAnUnsetVariableAreRefusedByName() {
        HostFixture.CliRun empty = host.run("", Map.of(), "--lang", "en", "modules", "activate", "testshop",
                "--set", "url=https://shop.example.hu", "--set", "consumerKey=ck_1", "--set", "consumerSecret");
        HostFixture.CliRun unset = host.run("", Map.of(), "modules", "activate", "testshop",
                "--set", "url=https://shop.example.hu", "--set", "consumerKey=ck_1",
                "--set-env", "consumerSecret=NOT_SET_ANYWHERE");

        assertThat(empty.exitCode()).isNotZero();
        assertThat(empty.err()).contains("consumerSecret").contains("standard input");
        assertThat(unset.exitCode()).isNotZero();
        assertThat(unset.err()).contains("consumerSecret").contains("NOT_SET_ANYWHERE");
        try (Host open = host.openHost()) {
            assertThat(open.moduleStore().find("testshop")).isEmpty();
        }
    }
}
