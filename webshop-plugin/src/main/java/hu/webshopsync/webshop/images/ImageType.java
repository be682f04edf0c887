package hu.webshopsync.webshop.images;

import java.util.Optional;

/**
 * The image formats the shop gets: JPEG and PNG, recognised by their first bytes, never by the
 * file name (a text file named {@code .png} is not an image).
 */
public enum ImageType {
    /** JPEG: starts with {@code FF D8 FF}. */
    JPEG("image/jpeg", "jpg"),
    /** PNG: starts with the 8-byte PNG signature. */
    PNG("image/png", "png");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private final String contentType;
    private final String extension;

    ImageType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** @return the MIME type, e.g. {@code image/png} */
    public String contentType() {
        return contentType;
    }

    /** @return the usual file name extension, e.g. {@code png} */
    public String extension() {
        return extension;
    }

    /**
     * Recognises a supported image by its first bytes.
     *
     * @param head the file's first bytes (8 are enough)
     * @return the type, or empty when the content is not JPEG or PNG
     */
    public static Optional<ImageType> detect(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8 && (head[2] & 0xff) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        return Optional.empty();
    }

    /**
     * Names a format the shop does not get, for a helpful message.
     *
     * @param head the file's first bytes
     * @return e.g. {@code GIF}, {@code WebP}, {@code BMP}; empty when it looks like no image at all
     */
    public static Optional<String> describeUnsupported(byte[] head) {
        if (startsWith(head, new byte[] {'G', 'I', 'F', '8'})) {
            return Optional.of("GIF");
        }
        if (head.length >= 12 && startsWith(head, new byte[] {'R', 'I', 'F', 'F'}) && head[8] == 'W' && head[9] == 'E'
                && head[10] == 'B' && head[11] == 'P') {
            return Optional.of("WebP");
        }
        if (startsWith(head, new byte[] {'B', 'M'})) {
            return Optional.of("BMP");
        }
        if (startsWith(head, new byte[] {'I', 'I', 0x2A, 0}) || startsWith(head, new byte[] {'M', 'M', 0, 0x2A})) {
            return Optional.of("TIFF");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
