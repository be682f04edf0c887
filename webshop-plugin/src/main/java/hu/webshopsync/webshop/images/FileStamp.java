package hu.webshopsync.webshop.images;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A file's size and modification time: when both are unchanged since the last upload, the file is
 * taken as unchanged and not read again (a repeated sync of 10,000 products must not read 10,000
 * images).
 *
 * @param size           the size in bytes
 * @param modifiedMillis the modification time in epoch milliseconds
 */
record FileStamp(long size, long modifiedMillis) {

    /**
     * Reads a file's stamp.
     *
     * @param file the file
     * @return the stamp, or empty when the file cannot be read
     */
    public static Optional<FileStamp> of(Path file) {
        try {
            return Optional.of(new FileStamp(Files.size(file), Files.getLastModifiedTime(file).toMillis()));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** @return the stored form, {@code size:millis} */
    public String format() {
        return size + ":" + modifiedMillis;
    }

    /**
     * Parses the stored form.
     *
     * @param text the stored form
     * @return the stamp, or empty when the text is not one
     */
    public static Optional<FileStamp> parse(String text) {
        if (text == null || !text.matches("\\d+:-?\\d+")) {
            return Optional.empty();
        }
        int colon = text.indexOf(':');
        return Optional.of(new FileStamp(Long.parseLong(text.substring(0, colon)),
                Long.parseLong(text.substring(colon + 1))));
    }
}
