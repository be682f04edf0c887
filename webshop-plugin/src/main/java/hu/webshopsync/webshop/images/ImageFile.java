package hu.webshopsync.webshop.images;

import java.util.Objects;

/**
 * A readable JPEG or PNG file, ready to upload.
 *
 * @param bytes  the content
 * @param type   the format, from the content
 * @param sha256 the content's SHA-256, hex
 * @param stamp  the file's size and modification time, to notice a change without reading it
 */
public record ImageFile(byte[] bytes, ImageType type, String sha256, FileStamp stamp) {

    /**
     * Validates.
     */
    public ImageFile {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(stamp, "stamp");
    }
}
