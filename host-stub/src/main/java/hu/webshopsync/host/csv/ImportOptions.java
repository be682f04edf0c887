package hu.webshopsync.host.csv;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How to read an import file.
 *
 * @param encoding  the file's encoding, or empty to detect it (UTF-8, else Windows-1250)
 * @param imageRoot the folder images must lie in, or empty for the CSV's own folder
 */
public record ImportOptions(Optional<Charset> encoding, Optional<Path> imageRoot) {

    /** Detect the encoding; images from the CSV's folder. */
    public static final ImportOptions DEFAULT = new ImportOptions(Optional.empty(), Optional.empty());
}
