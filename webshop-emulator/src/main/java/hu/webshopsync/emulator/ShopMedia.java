package hu.webshopsync.emulator;

import java.time.Instant;

/**
 * An uploaded attachment.
 *
 * @param file     path below {@code wp-content/uploads}, e.g. {@code 2026/11/red-2.png}
 * @param slug     file name without extension, e.g. {@code red-2} (also the title)
 */
record ShopMedia(long id, String file, String slug, String mimeType, byte[] data, int width, int height,
                 String sha256, Instant created) {

    String fileName() {
        return file.substring(file.lastIndexOf('/') + 1);
    }
}
