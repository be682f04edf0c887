package hu.webshopsync.host.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.host.Host;
import hu.webshopsync.host.HostFixture;
import hu.webshopsync.host.testplugin.TestPluginJars;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secrets at rest: sealed in the database with a key kept outside it, owner-only files, refused
 * when malformed, and a database copied to another key asks for the secrets again.
 */
class SecretsAtRestTest {

    private static final String SECRET = "cs_test_secret_value_never_stored_in_plain_text";

    @TempDir
    Path dir;

    private HostFixture host;

    @BeforeEach
    void setUp() throws IOException {
        host = HostFixture.withoutPlugins(dir);
        TestPluginJars.testShop(host.pluginsDir(), ">=0.1.0");
    }

    private HostFixture.CliRun activate(HostFixture on, String secret) {
        return on.run("modules", "activate", "testshop", "--set", "url=https://shop.example.hu",
                "--set", "consumerKey=ck_1", "--set", "consumerSecret=" + secret);
    }

    @Test
    void theDatabaseFileHoldsNoSecretAfterActivationAndTheSecretStillWorks() throws IOException {
        assertThat(activate(host, SECRET).exitCode()).isZero();

        byte[] file = Files.readAllBytes(host.dataDir().resolve("erp.mv.db"));
        assertThat(new String(file, StandardCharsets.ISO_8859_1)).doesNotContain(SECRET).doesNotContain("cs_0123456789");
        assertThat(new String(file, StandardCharsets.UTF_16BE)).doesNotContain(SECRET);
        try (Host open = host.openHost()) {
            assertThat(open.services().modules().settings("testshop").secret("consumerSecret")).contains(SECRET);
        }
    }

    @Test
    void theDataFolderItsDatabaseAndTheKeyAreTheOwnersOnly() throws IOException {
        assertThat(activate(host, SECRET).exitCode()).isZero();
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(host.dataDir()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(host.dataDir().resolve("erp.mv.db"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(host.keyFile()))).isEqualTo("rw-------");
        assertThat(host.keyFile().startsWith(host.dataDir())).as("the key is outside the data folder").isFalse();
    }

    @Test
    void aCopiedDatabaseWithAnotherKeyAsksForTheSecretsAgainWithoutAStackTrace() throws IOException {
        assertThat(activate(host, SECRET).exitCode()).isZero();
        Path copy = dir.resolve("copy");
        Files.createDirectories(copy.resolve("data"));
        Files.copy(host.dataDir().resolve("erp.mv.db"), copy.resolve("data").resolve("erp.mv.db"));
        HostFixture elsewhere = new HostFixture(copy.resolve("data"), host.pluginsDir(), Clock.systemUTC());

        HostFixture.CliRun hungarian = elsewhere.run("modules", "list");
        HostFixture.CliRun english = elsewhere.run("--lang", "en", "run", "testshop.product-sync");

        assertThat(hungarian.exitCode()).isNotZero();
        assertThat(hungarian.err()).contains("testshop").contains("consumerSecret")
                .contains("Adja meg újra a titkos beállításokat");
        assertThat(english.exitCode()).isNotZero();
        assertThat(english.err()).contains("Re-enter the secrets");
        for (HostFixture.CliRun run : new HostFixture.CliRun[] {hungarian, english}) {
            assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ")
                    .doesNotContain(SECRET);
        }

        // re-entering the secret is all it takes
        assertThat(activate(elsewhere, "cs_another_secret_value").exitCode()).isZero();
        assertThat(elsewhere.run("modules", "list").exitCode()).isZero();
    }

    @Test
    void aSecretTooLongIsRefusedWithoutEchoingItAndNoTraceFileIsWritten() throws IOException {
        String tooLong = "x".repeat(4_113);

        HostFixture.CliRun run = activate(host, tooLong);

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("consumerSecret").contains("512");
        assertThat(run.out() + run.err()).doesNotContain("xxxxxxxxxx").doesNotContain("Exception");
        assertThat(host.dataDir().resolve("erp.trace.db")).doesNotExist();
        HostFixture.CliRun control = activate(host, "cs_line\u0007bell");
        assertThat(control.exitCode()).isNotZero();
        assertThat(control.err()).contains("consumerSecret");
    }

    @Test
    void secretsStoredInPlainTextByAnEarlierVersionAreSealedOnOpenAndKeepWorking() throws Exception {
        assertThat(activate(host, SECRET).exitCode()).isZero();
        String url = "jdbc:h2:file:" + host.dataDir().toAbsolutePath().resolve("erp");
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             PreparedStatement update = c.prepareStatement(
                     "UPDATE module_secret SET secret_value = ? WHERE module_id = 'testshop'")) {
            update.setString(1, SECRET);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }

        try (Host open = host.openHost()) {
            assertThat(open.services().modules().settings("testshop").secret("consumerSecret")).contains(SECRET);
        }

        try (Connection c = DriverManager.getConnection(url, "sa", "");
             PreparedStatement select = c.prepareStatement("SELECT secret_value FROM module_secret");
             ResultSet rs = select.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).startsWith(SecretBox.PREFIX).doesNotContain(SECRET);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        assertThat(new String(Files.readAllBytes(host.dataDir().resolve("erp.mv.db")), StandardCharsets.ISO_8859_1))
                .as("no page of the file keeps the plain value").doesNotContain(SECRET);
    }

    @Test
    void aSealedValueOpensOnlyWithItsKeyAndAtItsPlace() {
        SecretBox box = SecretBox.of(new SecretKeyFile(dir.resolve("k1")));
        SecretBox other = SecretBox.of(new SecretKeyFile(dir.resolve("k2")));
        String sealed = box.seal("shop/consumerSecret", SECRET);

        assertThat(box.open("shop/consumerSecret", sealed)).contains(SECRET);
        assertThat(box.open("shop/wpApplicationPassword", sealed)).isEmpty();
        assertThat(other.open("shop/consumerSecret", sealed)).isEmpty();
        assertThat(box.open("shop/consumerSecret", SecretBox.PREFIX + "not base64!")).isEmpty();
    }

    @Test
    void theKeyFileIsFoundByVariableThenXdgThenHome() {
        assertThat(SecretKeyFile.locate(java.util.Map.of(SecretKeyFile.ENVIRONMENT_VARIABLE, "/k/key")).path())
                .isEqualTo(Path.of("/k/key"));
        assertThat(SecretKeyFile.locate(java.util.Map.of("XDG_CONFIG_HOME", "/cfg")).path())
                .isEqualTo(Path.of("/cfg/webshop-sync/secret.key"));
        assertThat(SecretKeyFile.locate(java.util.Map.of()).path())
                .isEqualTo(Path.of(System.getProperty("user.home"), ".config", "webshop-sync", "secret.key"));
    }
}
