package hu.webshopsync.host.web;

import hu.webshopsync.api.Product;
import hu.webshopsync.host.Host;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code GET /product/image?sku=…}: a product's image for the console's thumbnails. The request
 * names a product, never a path, so only the image files of catalog products can be served, and
 * only when they are JPEG, PNG, GIF or WebP by content and not a link out of their folder.
 */
final class ProductImages {

    /** Larger files are not shown; the shop refuses them anyway. */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    private final Host host;

    ProductImages(Host host) {
        this.host = host;
    }

    void image(WebRequest r) {
        String sku = r.ctx().queryParam("sku");
        Optional<Path> file = sku == null ? Optional.empty()
                : host.services().products().bySku(sku).flatMap(Product::image);
        byte[] bytes = file.flatMap(ProductImages::read).orElse(null);
        Optional<String> type = bytes == null ? Optional.empty() : contentType(bytes);
        if (type.isEmpty()) {
            r.ctx().status(HttpStatus.NOT_FOUND).result("");
            return;
        }
        r.ctx().header("X-Content-Type-Options", "nosniff");
        r.ctx().header("Cache-Control", "private, no-cache");
        r.ctx().contentType(type.get()).result(bytes);
    }

    private static Optional<byte[]> read(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES || parent == null
                    || !file.toRealPath().startsWith(parent.toRealPath())) {
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The type by the file's first bytes, whatever its name says. */
    static Optional<String> contentType(byte[] b) {
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(b, 0x89, 'P', 'N', 'G')) {
            return Optional.of("image/png");
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return Optional.of("image/gif");
        }
        if (b.length >= 12 && starts(b, 'R', 'I', 'F', 'F') && b[8] == 'W' && b[9] == 'E' && b[10] == 'B'
                && b[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
