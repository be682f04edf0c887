package hu.webshopsync.host.bench;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import javax.imageio.ImageIO;

/**
 * Small product photos, distinct per product and version (a colour and the SKU drawn on them), as
 * JPEG for even and PNG for odd indexes, like a shop owner's mixed folder.
 */
final class ImageMaker {

    private static final int SIZE = 96;

    private ImageMaker() {
    }

    /** The file name of a product's image, relative to the images folder. */
    static String fileName(int index) {
        return CatalogModel.sku(index) + (index % 2 == 0 ? ".jpg" : ".png");
    }

    /**
     * Writes a product's image.
     *
     * @param folder  the images folder
     * @param index   the product's index
     * @param version 0 for the first image, higher for a changed one
     * @return the file
     */
    static Path write(Path folder, int index, int version) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.getHSBColor((index * 0.618034f + version * 0.31f) % 1f, 0.55f, 0.9f));
            g.fillRect(0, 0, SIZE, SIZE);
            g.setColor(Color.DARK_GRAY);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
            g.drawString(CatalogModel.sku(index), 6, SIZE / 2);
            g.drawString("v" + version, 6, SIZE / 2 + 16);
        } finally {
            g.dispose();
        }
        String name = fileName(index);
        Path file = folder.resolve(name);
        try {
            Files.createDirectories(folder);
            if (!ImageIO.write(image, name.endsWith(".png") ? "png" : "jpg", file.toFile())) {
                throw new IllegalStateException("no image writer for " + name);
            }
            if (version > 0) {
                // a changed file must not share the stamp of the old one, even within the same second
                Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(version)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
