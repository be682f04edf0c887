package hu.webshopsync.host.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migrations' versions as Flyway would write them, from a folder and from a jar. */
class MigrationFilesTest {

    @TempDir
    Path dir;

    @Test
    void theHostsOwnMigrationsAreEveryVersionedFileInTheFolder() throws IOException {
        Path folder = Path.of("src/main/resources/db/migration");
        long files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.count();
        }

        assertThat(MigrationFiles.versions(getClass().getClassLoader(), Schema.LOCATION)).get()
                .satisfies(versions -> assertThat(versions).hasSize((int) files).contains("1"));
    }

    @Test
    void versionsInAJarAreReadFromItsEntries() throws IOException {
        Path jar = jar("db/migration/", "db/migration/V1__first.sql", "db/migration/V1_2__second.sql",
                "db/migration/V10__tenth.sql", "other/V99__elsewhere.sql");

        try (URLClassLoader loader = loader(jar)) {
            assertThat(MigrationFiles.versions(loader, "db/migration")).contains(java.util.Set.of("1", "1.2", "10"));
        }
    }

    @Test
    void aFileItDoesNotUnderstandLeavesTheAnswerToFlyway() throws IOException {
        Path jar = jar("db/migration/", "db/migration/V1__first.sql", "db/migration/R__views.sql");

        try (URLClassLoader loader = loader(jar)) {
            assertThat(MigrationFiles.versions(loader, "db/migration")).isEmpty();
        }
    }

    @Test
    void noFolderMeansUnknown() throws IOException {
        try (URLClassLoader loader = loader(jar("other/", "other/V1__x.sql"))) {
            assertThat(MigrationFiles.versions(loader, "db/migration")).isEmpty();
        }
    }

    private Path jar(String... entries) throws IOException {
        Path jar = dir.resolve("migrations-" + entries.length + ".jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (String entry : entries) {
                out.putNextEntry(new JarEntry(entry));
                if (!entry.endsWith("/")) {
                    out.write("SELECT 1;".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        }
        return jar;
    }

    private static URLClassLoader loader(Path jar) throws IOException {
        // no parent: the host's own db/migration on the test class path must not be found too
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
    }
}
