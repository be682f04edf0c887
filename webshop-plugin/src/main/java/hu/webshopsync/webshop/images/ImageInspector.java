package hu.webshopsync.webshop.images;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Decides whether a product's image file can go to the shop: it must exist, be non-empty, not
 * exceed the size limit, and be JPEG or PNG by content. A file that is a symbolic link out of its
 * own folder is refused: the ERP confines images to the import's folder when it stores them, and a
 * file swapped for such a link afterwards must not carry a file from elsewhere on the disk to the
 * public shop.
 */
public final class ImageInspector {

    /** The verdict on a file: a usable image or a problem. */
    public sealed interface Verdict permits Usable, Unusable {
    }

    /** @param image the image */
    public record Usable(ImageFile image) implements Verdict {
    }

    /** @param problem why the file cannot be used */
    public record Unusable(ImageProblem problem) implements Verdict {
    }

    private final long maxBytes;

    /**
     * @param maxBytes files larger than this are refused
     */
    public ImageInspector(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Reads and checks a file.
     *
     * @param file the image file
     * @return the verdict
     */
    public Verdict inspect(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            return new Unusable(ImageProblem.of("image.missing", name));
        }
        if (linksOutOfItsFolder(file)) {
            return new Unusable(ImageProblem.of("image.linkOutside", name));
        }
        FileStamp stamp = FileStamp.of(file).orElse(null);
        if (stamp == null) {
            return new Unusable(ImageProblem.of("image.unreadable", name));
        }
        if (stamp.size() == 0) {
            return new Unusable(ImageProblem.of("image.empty", name));
        }
        if (stamp.size() > maxBytes) {
            return new Unusable(ImageProblem.of("image.tooLarge", name, stamp.size(), maxBytes));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Unusable(ImageProblem.of("image.missing", name));
        } catch (IOException | OutOfMemoryError e) {
            return new Unusable(ImageProblem.of("image.unreadable", name));
        }
        if (bytes.length == 0) {
            return new Unusable(ImageProblem.of("image.empty", name));
        }
        var type = ImageType.detect(bytes);
        if (type.isEmpty()) {
            return new Unusable(ImageType.describeUnsupported(bytes)
                    .map(format -> ImageProblem.of("image.unsupportedFormat", name, format))
                    .orElseGet(() -> ImageProblem.of("image.notImage", name)));
        }
        return new Usable(new ImageFile(bytes, type.get(), sha256(bytes), stamp));
    }

    private static boolean linksOutOfItsFolder(Path file) {
        Path absolute = file.toAbsolutePath();
        if (!Files.isSymbolicLink(absolute) || absolute.getParent() == null) {
            return false;
        }
        try {
            return !absolute.toRealPath().startsWith(absolute.getParent().toRealPath());
        } catch (IOException e) {
            return true;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
