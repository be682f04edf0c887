package hu.webshopsync.host.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;

/**
 * Draws how requests and wall time grow with the catalog, ours against the naive way, on log-log
 * axes, with plain Java2D (no charting library).
 */
final class ScalingChart {

    private static final int PANEL_W = 560;
    private static final int PANEL_H = 420;
    private static final int MARGIN_L = 80;
    private static final int MARGIN_B = 60;
    private static final int MARGIN_T = 64;
    private static final int MARGIN_R = 36;
    private static final Color OURS = new Color(0x1f, 0x77, 0xb4);
    private static final Color NAIVE = new Color(0xd6, 0x27, 0x28);

    /**
     * One catalog size's figures.
     *
     * @param products       N
     * @param oursRequests   requests of our full sync
     * @param oursSeconds    wall time of our full sync
     * @param naiveRequests  requests of the naive way (2N)
     * @param naiveSeconds   wall time of the naive way (extrapolated)
     */
    record Point(long products, long oursRequests, double oursSeconds, long naiveRequests, double naiveSeconds) {
    }

    private ScalingChart() {
    }

    /**
     * Writes the chart as PNG.
     *
     * @param file      the PNG
     * @param points    the sizes, ascending
     * @param latencyMs the shop's latency, for the title
     * @throws IOException when the file cannot be written
     */
    static void write(Path file, List<Point> points, long latencyMs) throws IOException {
        BufferedImage image = new BufferedImage(PANEL_W * 2, PANEL_H + 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
            g.drawString(String.format(Locale.ROOT, "Termék szinkron, first sync into an empty shop, latency %d ms"
                    + " (log-log)", latencyMs), 20, 26);
            panel(g, 0, "HTTP requests", points, p -> p.oursRequests(), p -> p.naiveRequests(), false);
            panel(g, PANEL_W, "wall time (s)", points, Point::oursSeconds, Point::naiveSeconds, true);
            legend(g, 20, PANEL_H + 28);
        } finally {
            g.dispose();
        }
        save(image, file);
    }

    /** Writes a chart as PNG, making its folder if needed; the tuning chart saves through here too. */
    static void save(BufferedImage image, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ImageIO.write(image, "png", file.toFile());
    }

    private static void panel(Graphics2D g, int x0, String title, List<Point> points, ToDoubleFunction<Point> ours,
                              ToDoubleFunction<Point> naive, boolean seconds) {
        int left = x0 + MARGIN_L;
        int right = x0 + PANEL_W - MARGIN_R;
        int top = MARGIN_T;
        int bottom = PANEL_H - MARGIN_B + 20;
        double minX = Math.floor(Math.log10(points.get(0).products()));
        double maxX = Math.ceil(Math.log10(points.get(points.size() - 1).products()));
        if (maxX <= minX) {
            maxX = minX + 1;
        }
        double lo = Double.MAX_VALUE;
        double hi = 0;
        for (Point p : points) {
            lo = Math.min(lo, Math.min(ours.applyAsDouble(p), naive.applyAsDouble(p)));
            hi = Math.max(hi, Math.max(ours.applyAsDouble(p), naive.applyAsDouble(p)));
        }
        double minY = Math.floor(Math.log10(Math.max(lo, 1e-3)));
        double maxY = Math.ceil(Math.log10(Math.max(hi, 1e-3)));
        if (maxY <= minY) {
            maxY = minY + 1;
        }
        Axis ax = new Axis(left, right, top, bottom, minX, maxX, minY, maxY);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.setColor(Color.BLACK);
        g.drawString(title, left, top - 12);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int d = (int) minY; d <= maxY; d++) {
            int y = ax.y(Math.pow(10, d));
            g.setColor(new Color(0xe0, 0xe0, 0xe0));
            g.drawLine(left, y, right, y);
            g.setColor(Color.DARK_GRAY);
            String label = seconds && d < 0 ? String.format(Locale.ROOT, "%." + (-d) + "f", Math.pow(10, d))
                    : String.format(Locale.ROOT, "%,d", (long) Math.pow(10, d));
            g.drawString(label, left - 8 - g.getFontMetrics().stringWidth(label), y + 4);
        }
        for (int d = (int) minX; d <= maxX; d++) {
            int x = ax.x(Math.pow(10, d));
            g.setColor(new Color(0xe0, 0xe0, 0xe0));
            g.drawLine(x, top, x, bottom);
            g.setColor(Color.DARK_GRAY);
            String label = String.format(Locale.ROOT, "%,d", (long) Math.pow(10, d));
            g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, bottom + 16);
        }
        g.drawString("products (N)", (left + right) / 2 - 30, bottom + 34);
        g.setColor(Color.BLACK);
        g.drawRect(left, top, right - left, bottom - top);
        series(g, ax, points, naive, NAIVE, new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND,
                1f, new float[] {8f, 6f}, 0f), seconds);
        series(g, ax, points, ours, OURS, new BasicStroke(2.5f), seconds);
    }

    private static void series(Graphics2D g, Axis ax, List<Point> points, ToDoubleFunction<Point> value, Color colour,
                               Stroke stroke, boolean seconds) {
        g.setColor(colour);
        g.setStroke(stroke);
        for (int i = 1; i < points.size(); i++) {
            g.drawLine(ax.x(points.get(i - 1).products()), ax.y(value.applyAsDouble(points.get(i - 1))),
                    ax.x(points.get(i).products()), ax.y(value.applyAsDouble(points.get(i))));
        }
        g.setStroke(new BasicStroke(1f));
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            int x = ax.x(p.products());
            int y = ax.y(value.applyAsDouble(p));
            g.fillOval(x - 4, y - 4, 8, 8);
            String label = seconds ? String.format(Locale.ROOT, "%.1f s", value.applyAsDouble(p))
                    : String.format(Locale.ROOT, "%,d", (long) value.applyAsDouble(p));
            // the last point's label goes to its left, inside the plot
            int width = g.getFontMetrics().stringWidth(label);
            g.drawString(label, i == points.size() - 1 ? x - width - 8 : x + 6, y - 8);
        }
    }

    private static void legend(Graphics2D g, int x, int y) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.setColor(OURS);
        g.setStroke(new BasicStroke(2.5f));
        g.drawLine(x, y - 4, x + 30, y - 4);
        g.drawString("Webshop Sync (measured)", x + 36, y);
        g.setColor(NAIVE);
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {8f, 6f}, 0f));
        g.drawLine(x + 260, y - 4, x + 290, y - 4);
        g.drawString("naive: GET ?sku= + POST/PUT per product (requests = 2N; time extrapolated from a sample)",
                x + 296, y);
    }

    private record Axis(int left, int right, int top, int bottom, double minX, double maxX, double minY,
                        double maxY) {

        int x(double value) {
            return (int) Math.round(left + (Math.log10(value) - minX) / (maxX - minX) * (right - left));
        }

        int y(double value) {
            double v = Math.log10(Math.max(value, Math.pow(10, minY)));
            return (int) Math.round(bottom - (v - minY) / (maxY - minY) * (bottom - top));
        }
    }
}
