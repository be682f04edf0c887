package hu.webshopsync.host.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The repository's WooCommerce test material ({@code testdata/woocommerce}): the sample images the
 * end-to-end tests upload.
 */
final class SharedWooCommerce {

    private final Path root;

    private SharedWooCommerce(Path root) {
        this.root = root;
    }

    /**
     * Finds the folder by walking up from the working directory.
     *
     * @return the folder
     * @throws AssertionError when there is none: the tests must not silently run without their images
     */
    static SharedWooCommerce locate() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("testdata").resolve("woocommerce");
            if (Files.isDirectory(candidate.resolve("images"))) {
                return new SharedWooCommerce(candidate);
            }
        }
        throw new AssertionError("no testdata/woocommerce/images folder in " + start + " or any parent; the end-to-end"
                + " tests need the repository's sample images");
    }

    /**
     * Copies a sample image.
     *
     * @param name   the sample's file name, e.g. {@code blue.jpg}
     * @param target where to put it
     * @return the target
     */
    Path copyImage(String name, Path target) {
        Path source = image(name);
        try {
            return Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A sample image's path.
     *
     * @param name the file name
     * @return the path
     * @throws AssertionError when the sample is missing
     */
    Path image(String name) {
        Path source = root.resolve("images").resolve(name);
        if (!Files.isRegularFile(source)) {
            throw new AssertionError("missing sample image " + source);
        }
        return source;
    }
}
