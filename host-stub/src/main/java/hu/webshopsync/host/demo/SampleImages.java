package hu.webshopsync.host.demo;

import hu.webshopsync.host.demo.SampleCatalog.ImageKind;
import hu.webshopsync.host.demo.SampleCatalog.SampleProduct;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

/**
 * Draws the sample products' pictures at run time (a coloured square with the product's initials),
 * so the repository holds no binary files. The colour follows the top-level category.
 */
final class SampleImages {

    private static final int SIZE = 160;
    private static final int GIF_SIZE = 48;
    private static final Color[] PALETTE = {new Color(0x2E86AB), new Color(0xA23B72), new Color(0xF18F01),
            new Color(0x3B8B5A), new Color(0xC73E1D), new Color(0x5C4D7D), new Color(0x1B998B)};

    /**
     * Writes a product's picture.
     *
     * @param product the product, whose image kind is not {@link ImageKind#NONE}
     * @param file    where to write
     * @throws IOException when the file cannot be written
     */
    void write(SampleProduct product, Path file) throws IOException {
        int size = product.image() == ImageKind.GIF ? GIF_SIZE : SIZE;
        // GIF is an indexed format; JPEG has no alpha channel
        int type = product.image() == ImageKind.GIF ? BufferedImage.TYPE_BYTE_INDEXED : BufferedImage.TYPE_INT_RGB;
        BufferedImage image = new BufferedImage(size, size, type);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(colourOf(product.category()));
            g.fillRect(0, 0, size, size);
            drawInitials(g, initials(product.name()), size);
        } finally {
            g.dispose();
        }
        if (!ImageIO.write(image, product.image().extension(), file.toFile())) {
            throw new IOException("no ImageIO writer for " + product.image().extension());
        }
    }

    private static void drawInitials(Graphics2D g, String initials, int size) {
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size * 2 / 5));
            int width = g.getFontMetrics().stringWidth(initials);
            g.drawString(initials, (size - width) / 2, size * 3 / 5);
        } catch (RuntimeException | LinkageError noFonts) {
            // a JVM without fonts (a bare container) still gets its coloured square
        }
    }

    private static Color colourOf(String category) {
        String top = category.isEmpty() ? "" : category.split("/")[0];
        return PALETTE[Math.floorMod(top.hashCode(), PALETTE.length)];
    }

    /** The first letters of the first two words, without accents (a font may lack them). */
    static String initials(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).limit(2)
                .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT)).collect(Collectors.joining());
    }
}
