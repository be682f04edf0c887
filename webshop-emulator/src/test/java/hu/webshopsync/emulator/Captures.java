package hu.webshopsync.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The real WooCommerce 7.9 captures in the repository's {@code testdata/woocommerce/captures}, found by
 * walking up from the module directory. Missing captures fail the build: the contract suite must never be
 * skipped silently.
 */
final class Captures {

    final Path dir;

    private Captures(Path dir) {
        this.dir = dir;
    }

    static Captures locate() {
        Path start = Path.of("").toAbsolutePath();
        for (Path d = start; d != null; d = d.getParent()) {
            Path candidate = d.resolve("testdata/woocommerce/captures");
            if (Files.isDirectory(candidate)) {
                return new Captures(candidate);
            }
        }
        throw new IllegalStateException("WooCommerce captures not found: looked for testdata/woocommerce/captures in "
                + start + " and every parent directory; run the tests inside the repository.");
    }

    Path file(String name) {
        return dir.resolve(name);
    }

    Path image(String name) {
        return dir.getParent().resolve("images").resolve(name);
    }

    JsonNode response(String name) {
        return read(name + ".json");
    }

    ObjectNode request(String name) {
        return (ObjectNode) read(name + ".request.json");
    }

    int status(String name) {
        String first = text(name + ".headers").lines().findFirst().orElseThrow();
        return Integer.parseInt(first.split(" ")[1]);
    }

    String header(String name, String header) {
        return text(name + ".headers").lines()
                .filter(l -> l.regionMatches(true, 0, header + ":", 0, header.length() + 1))
                .map(l -> l.substring(header.length() + 1).trim())
                .findFirst().orElse(null);
    }

    /** The instant the real server answered, from its {@code Date} header. */
    Instant date(String name) {
        return ZonedDateTime.parse(header(name, "Date"), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }

    private JsonNode read(String file) {
        try {
            return Json.MAPPER.readTree(Files.readAllBytes(dir.resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text(String file) {
        try {
            return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
