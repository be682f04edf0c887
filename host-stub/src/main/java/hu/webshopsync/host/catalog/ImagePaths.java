package hu.webshopsync.host.catalog;

import java.nio.file.Path;

/**
 * Stores image paths relative to the data folder when the image lies inside it, so that a data
 * folder can be moved as a whole; other images keep their absolute path.
 *
 * @param dataDir the data folder, absolute
 */
public record ImagePaths(Path dataDir) {

    /**
     * The stored form of an image path.
     *
     * @param image the image, absolute
     * @return the path to store
     */
    public String toStored(Path image) {
        Path absolute = image.toAbsolutePath().normalize();
        return absolute.startsWith(dataDir) ? dataDir.relativize(absolute).toString() : absolute.toString();
    }

    /**
     * The absolute image path of a stored one.
     *
     * @param stored the stored path, or {@code null}
     * @return the absolute path, or {@code null}
     */
    public Path resolve(String stored) {
        return stored == null || stored.isBlank() ? null : dataDir.resolve(stored).toAbsolutePath().normalize();
    }
}
