package dqnsweep.report;

import dqnsweep.io.AtomicFiles;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/** Small multiples: panels painted side by side into one PNG, under one shared legend. */
final class Panels {

    /** Paints one panel into a {@code width} x {@code height} area at the origin. */
    @FunctionalInterface
    interface Painter {
        void paint(Graphics2D g, int width, int height);
    }

    /** How a legend entry is drawn. */
    enum Shape { LINE, DOT, CROSS }

    /** One legend entry. */
    record Key(String label, Color colour, Shape shape) {
    }

    static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    private static final int LEGEND_HEIGHT = 34;

    private Panels() {
    }

    static BufferedImage grid(List<Painter> panels, int columns, int width, int height, List<Key> legend) {
        int rows = (panels.size() + columns - 1) / columns;
        int top = legend.isEmpty() ? 0 : LEGEND_HEIGHT;
        BufferedImage image = new BufferedImage(Math.min(columns, panels.size()) * width, top + rows * height,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        drawLegend(g, legend, image.getWidth());
        for (int i = 0; i < panels.size(); i++) {
            Graphics2D panel = (Graphics2D) g.create((i % columns) * width, top + (i / columns) * height, width, height);
            panels.get(i).paint(panel, width, height);
            panel.dispose();
        }
        g.dispose();
        return image;
    }

    static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        return g;
    }

    private static void drawLegend(Graphics2D g, List<Key> legend, int width) {
        if (legend.isEmpty()) {
            return;
        }
        g.setFont(FONT);
        FontMetrics metrics = g.getFontMetrics();
        int total = legend.stream().mapToInt(k -> 34 + metrics.stringWidth(k.label())).sum();
        int x = Math.max(8, (width - total) / 2);
        int y = LEGEND_HEIGHT / 2 + 4;
        for (Key key : legend) {
            g.setColor(key.colour());
            switch (key.shape()) {
                case LINE -> {
                    g.setStroke(new BasicStroke(3f));
                    g.drawLine(x, y - 4, x + 20, y - 4);
                }
                case DOT -> g.fillOval(x + 5, y - 9, 10, 10);
                case CROSS -> {
                    g.setStroke(new BasicStroke(1.5f));
                    g.drawLine(x + 5, y - 9, x + 15, y + 1);
                    g.drawLine(x + 5, y + 1, x + 15, y - 9);
                }
            }
            g.setColor(Palette.TEXT);
            g.drawString(key.label(), x + 26, y);
            x += 34 + metrics.stringWidth(key.label());
        }
    }

    static void writePng(BufferedImage image, Path file) throws IOException {
        AtomicFiles.write(file, temporary -> {
            if (!ImageIO.write(image, "png", temporary.toFile())) {
                throw new IOException("no PNG writer");
            }
        });
    }
}
