package hu.webshopsync.host.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws the tuning scenario's wall time against the shop's workers: the plugin's own setting and
 * each fixed {@code parallelRequests}, on log-log axes, with plain Java2D like {@link ScalingChart}.
 */
final class TuningChart {

    private static final int W = 900;
    private static final int H = 560;
    private static final int LEFT = 80;
    private static final int RIGHT = W - 200;
    private static final int TOP = 60;
    private static final int BOTTOM = H - 70;
    private static final Color[] FIXED_COLOURS = {new Color(0xd6, 0x27, 0x28), new Color(0xff, 0x7f, 0x0e),
        new Color(0x2c, 0xa0, 0x2c), new Color(0x94, 0x67, 0xbd), new Color(0x8c, 0x56, 0x4b)};

    private TuningChart() {
    }

    /** One series: a name and a wall time per worker count (NaN where its run was not clean). */
    private record Series(String name, Color colour, float width, double[] seconds) {
    }

    static void write(Path file, List<TuningLine> lines, int products, long latencyMs) throws IOException {
        int[] workers = lines.stream().mapToInt(l -> l.model().workers()).toArray();
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < TuningScenario.FIXED.size(); i++) {
            int parallel = TuningScenario.FIXED.get(i);
            series.add(new Series("parallelRequests=" + parallel, FIXED_COLOURS[i % FIXED_COLOURS.length], 1.8f,
                    lines.stream().mapToDouble(l -> l.fixed().stream().filter(f -> f.parallel() == parallel)
                            .mapToDouble(TuningLine.Fixed::wallSeconds).findFirst().orElse(Double.NaN)).toArray()));
        }
        series.add(new Series("plugin's own setting", Color.BLACK, 3.5f,
                lines.stream().mapToDouble(l -> l.adaptive() == null ? Double.NaN : l.adaptive()).toArray()));

        double lo = Double.MAX_VALUE;
        double hi = 0;
        for (Series s : series) {
            for (double v : s.seconds()) {
                if (!Double.isNaN(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        double minY = Math.floor(Math.log10(Math.max(lo, 1e-2)));
        double maxY = Math.max(minY + 1, Math.ceil(Math.log10(Math.max(hi, 1e-2))));
        double minX = Math.log(workers[0]) / Math.log(2);
        double maxX = Math.max(minX + 1, Math.log(workers[workers.length - 1]) / Math.log(2));

        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, W, H);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
            g.drawString(String.format(Locale.ROOT, "Termék szinkron, first sync of %,d products: wall time against the"
                    + " shop's PHP workers (latency %d ms, item %d ms; log-log)", products, latencyMs,
                    lines.get(0).model().itemMs()), 16, 28);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            for (int d = (int) minY; d <= maxY; d++) {
                for (int m : new int[] {1, 2, 5}) {
                    double v = m * Math.pow(10, d);
                    if (Math.log10(v) > maxY) {
                        continue;
                    }
                    int y = y(v, minY, maxY);
                    g.setColor(new Color(0xe4, 0xe4, 0xe4));
                    g.drawLine(LEFT, y, RIGHT, y);
                    g.setColor(Color.DARK_GRAY);
                    String label = v < 1 ? String.format(Locale.ROOT, "%.1f s", v) : String.format(Locale.ROOT, "%.0f s", v);
                    g.drawString(label, LEFT - 8 - g.getFontMetrics().stringWidth(label), y + 4);
                }
            }
            for (int w : workers) {
                int x = x(w, minX, maxX);
                g.setColor(new Color(0xe4, 0xe4, 0xe4));
                g.drawLine(x, TOP, x, BOTTOM);
                g.setColor(Color.DARK_GRAY);
                String label = Integer.toString(w);
                g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, BOTTOM + 16);
            }
            g.drawString("PHP workers of the shop (W)", (LEFT + RIGHT) / 2 - 80, BOTTOM + 36);
            g.setColor(Color.BLACK);
            g.drawRect(LEFT, TOP, RIGHT - LEFT, BOTTOM - TOP);
            int legendY = TOP + 10;
            for (Series s : series) {
                g.setColor(s.colour());
                g.setStroke(new BasicStroke(s.width()));
                Integer px = null;
                Integer py = null;
                for (int i = 0; i < workers.length; i++) {
                    double v = s.seconds()[i];
                    if (Double.isNaN(v)) {
                        px = null;
                        continue;
                    }
                    int x = x(workers[i], minX, maxX);
                    int y = y(v, minY, maxY);
                    if (px != null) {
                        g.drawLine(px, py, x, y);
                    }
                    g.fillOval(x - 3, y - 3, 7, 7);
                    px = x;
                    py = y;
                }
                g.drawLine(RIGHT + 16, legendY - 4, RIGHT + 44, legendY - 4);
                g.setStroke(new BasicStroke(1f));
                g.drawString(s.name(), RIGHT + 50, legendY);
                legendY += 20;
            }
        } finally {
            g.dispose();
        }
        ScalingChart.save(image, file);
    }

    private static int x(int workers, double minX, double maxX) {
        return (int) Math.round(LEFT + 20 + (Math.log(workers) / Math.log(2) - minX) / (maxX - minX) * (RIGHT - LEFT - 40));
    }

    private static int y(double seconds, double minY, double maxY) {
        return (int) Math.round(BOTTOM - (Math.log10(seconds) - minY) / (maxY - minY) * (BOTTOM - TOP));
    }
}
