package hu.webshopsync.host.text;

import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.host.HostFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text that tells the user where modules are activated — the host's and the plugin's bundles
 * and the README — names the one menu the console has: Karbantartás › Modulok.
 */
class MenuPathTest {

    /** A menu path: capitalised entries joined by ›, e.g. Karbantartás › Webáruház beállítások › Aktiválás. */
    private static final Pattern MENU_PATH = Pattern.compile(
            "\\p{Lu}\\p{L}*(?: \\p{Ll}\\p{L}*)*(?: › \\p{Lu}\\p{L}*(?: \\p{Ll}\\p{L}*)*)+");

    /** What makes a menu path one about modules or their activation. */
    private static final Pattern ABOUT_MODULES = Pattern.compile("Modul|Module|Aktivál|Activat");

    @Test
    void theBundlesAndTheReadmeNameOnlyTheTrueActivationMenu() throws IOException {
        Path root = HostFixture.repositoryRoot();
        List<Path> texts = new ArrayList<>(List.of(root.resolve("README.md")));
        for (String module : List.of("host-stub", "webshop-plugin")) {
            try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main"))) {
                files.filter(f -> f.toString().endsWith(".properties") || f.toString().endsWith(".java"))
                        .forEach(texts::add);
            }
        }

        List<String> paths = new ArrayList<>();
        texts.forEach(file -> {
            Matcher m = MENU_PATH.matcher(read(file));
            while (m.find()) {
                if (ABOUT_MODULES.matcher(m.group()).find()) {
                    paths.add(file.getFileName() + ": " + m.group());
                }
            }
        });

        // a lower-case word after the path belongs to the sentence ("a Karbantartás › Modulok menüben")
        assertThat(paths).isNotEmpty().allSatisfy(path -> assertThat(path.substring(path.indexOf(": ") + 2))
                .as(path).matches("(Karbantartás › Modulok|Maintenance › Modules)( \\p{Ll}.*)?"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
