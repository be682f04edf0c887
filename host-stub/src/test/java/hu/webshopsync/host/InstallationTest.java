package hu.webshopsync.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallationTest {

    @TempDir
    Path dir;

    private Path repo;
    private Path elsewhere;
    private Installation built;

    @BeforeEach
    void aBuiltRepository() throws IOException {
        repo = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repo.resolve("plugins"));
        Path jar = Files.createFile(Files.createDirectories(repo.resolve("host-stub/target")).resolve("host-stub.jar"));
        elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        built = new Installation(Optional.of(jar));
    }

    @Test
    void fromAnyFolderTheBuiltJarFindsTheRepositorysPlugins() {
        assertThat(built.pluginsFolder(elsewhere)).isEqualTo(repo.resolve("plugins"));
        assertThat(built.pluginsFolder(repo.resolve("host-stub"))).isEqualTo(repo.resolve("plugins"));
    }

    @Test
    void aPluginsFolderInTheWorkingFolderComesFirst() throws IOException {
        Path local = Files.createDirectories(elsewhere.resolve("plugins"));

        assertThat(built.pluginsFolder(elsewhere)).isEqualTo(local);
    }

    @Test
    void withoutAnyPluginsFolderTheWorkingFoldersIsNamed() {
        Installation bare = new Installation(Optional.of(elsewhere.resolve("host-stub.jar")));

        assertThat(bare.pluginsFolder(elsewhere)).isEqualTo(elsewhere.resolve("plugins"));
        assertThat(new Installation(Optional.empty()).pluginsFolder(elsewhere)).isEqualTo(elsewhere.resolve("plugins"));
    }

    @Test
    void theLaunchCommandIsRelativeInsideTheInstallationAndAbsoluteOutside() {
        assertThat(built.launchCommand(repo)).isEqualTo("java -jar host-stub/target/host-stub.jar");
        assertThat(built.launchCommand(elsewhere))
                .isEqualTo("java -jar " + repo.resolve("host-stub/target/host-stub.jar").toString().replace('\\', '/'));
    }
}
