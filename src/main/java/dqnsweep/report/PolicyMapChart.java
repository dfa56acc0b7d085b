package dqnsweep.report;

import dqnsweep.analysis.PolicyGrid;
import dqnsweep.analysis.Trajectories;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * policy-maps.png: for the best run of each cell, the greedy torque over the pendulum's state
 * plane (theta across, theta_dot up), with the first evaluation episode drawn on top as a path.
 * Rows follow the first axis, columns the other axes, as in the grid table.
 */
final class PolicyMapChart {

    static final String FILE = "policy-maps.png";
    private static final int LEFT = 48;
    private static final int RIGHT = 52;
    private static final int TOP = 30;
    private static final int BOTTOM = 40;

    /** What to draw for one cell: its policy and, if known, one episode's path. */
    record Panel(String title, PolicyGrid policy, Trajectories.Episode episode) {
    }

    private PolicyMapChart() {
    }

    /** @param run which run of each cell the panels show, e.g. "median" */
    static Figure write(List<Panel> panels, int columns, Path reportDir, String file, String run) throws IOException {
        if (panels.stream().allMatch(p -> p == null || p.policy() == null)) {
            return null;
        }
        List<Panels.Painter> painters = new ArrayList<>();
        for (Panel panel : panels) {
            painters.add((g, w, h) -> paint(g, w, h, panel));
        }
        Panels.writePng(Panels.grid(painters, columns, 380, 330, List.of()), reportDir.resolve(file));
        return new Figure(file, "Greedy policy of each cell's " + run + " run",
                "Torque the network chooses at each state (policy.csv): red is positive (counter-clockwise), blue "
                        + "negative, white none. Theta = 0 is upright. The black path is the first evaluation episode, which "
                        + "ends (ringed dot) near the centre when the pendulum is balanced.");
    }

    static void paint(Graphics2D g, int width, int height, Panel panel) {
        g.setColor(Palette.TEXT);
        g.setFont(Panels.TITLE_FONT);
        if (panel == null) {
            return;
        }
        drawCentred(g, panel.title(), width / 2, 18);
        g.setFont(Panels.FONT.deriveFont(11f));
        PolicyGrid policy = panel.policy();
        if (policy == null) {
            drawCentred(g, "no policy.csv", width / 2, height / 2);
            return;
        }
        double[] thetas = distinct(policy.theta());
        double[] thetaDots = distinct(policy.thetaDot());
        Rectangle2D.Double plot = new Rectangle2D.Double(LEFT, TOP, width - LEFT - RIGHT, height - TOP - BOTTOM);
        double limit = Math.max(1e-9, Arrays.stream(policy.torque()).map(Math::abs).filter(Double::isFinite).max()
                .orElse(1));
        double cw = plot.width / thetas.length;
        double ch = plot.height / thetaDots.length;
        for (int i = 0; i < policy.theta().length; i++) {
            int xi = Arrays.binarySearch(thetas, policy.theta()[i]);
            int yi = Arrays.binarySearch(thetaDots, policy.thetaDot()[i]);
            g.setColor(Double.isFinite(policy.torque()[i]) ? Palette.diverging(policy.torque()[i], limit) : Color.GRAY);
            g.fill(new Rectangle2D.Double(plot.x + xi * cw, plot.y + plot.height - (yi + 1) * ch, cw + 0.6, ch + 0.6));
        }
        Scale x = new Scale(thetas, plot.x, plot.width, false);
        Scale y = new Scale(thetaDots, plot.y, plot.height, true);
        if (panel.episode() != null && panel.episode().thetaDot() != null) {
            drawPath(g, panel.episode(), x, y);
        }
        g.setColor(new Color(0x888888));
        g.setStroke(new BasicStroke(1f));
        g.draw(plot);
        axes(g, plot, x, y);
        colourBar(g, new Rectangle2D.Double(plot.getMaxX() + 10, plot.y, 10, plot.height), limit);
    }

    /** Maps grid values to pixels: the first and last grid values sit at the centres of the end cells. */
    private record Scale(double[] grid, double start, double length, boolean flipped) {

        double at(double value) {
            double min = grid[0];
            double max = grid[grid.length - 1];
            double cell = length / grid.length;
            double offset = cell * (0.5 + (max == min ? 0 : (value - min) / (max - min) * (grid.length - 1)));
            return flipped ? start + length - offset : start + offset;
        }

        double min() {
            return grid[0];
        }

        double max() {
            return grid[grid.length - 1];
        }
    }

    private static void drawPath(Graphics2D g, Trajectories.Episode episode, Scale x, Scale y) {
        Path2D.Double path = new Path2D.Double();
        double previous = Double.NaN;
        double lastX = 0;
        double lastY = 0;
        for (int i = 0; i < episode.steps(); i++) {
            double theta = Angles.wrap(episode.theta()[i]);
            double px = x.at(theta);
            double py = y.at(episode.thetaDot()[i]);
            if (i == 0 || Math.abs(theta - previous) > Math.PI) {
                path.moveTo(px, py);
            } else {
                path.lineTo(px, py);
            }
            previous = theta;
            lastX = px;
            lastY = py;
        }
        g.setColor(new Color(0, 0, 0, 190));
        g.setStroke(new BasicStroke(1.4f));
        g.draw(path);
        g.fill(new Ellipse2D.Double(lastX - 3, lastY - 3, 6, 6));
        g.draw(new Ellipse2D.Double(lastX - 6, lastY - 6, 12, 12));
    }

    private static void axes(Graphics2D g, Rectangle2D.Double plot, Scale x, Scale y) {
        g.setColor(Palette.TEXT);
        g.setStroke(new BasicStroke(1f));
        String[] thetaLabels = {"-\u03c0", "-\u03c0/2", "0", "\u03c0/2", "\u03c0"};
        for (int i = 0; i < 5; i++) {
            double theta = -Math.PI + i * Math.PI / 2;
            if (theta < x.min() - 1e-9 || theta > x.max() + 1e-9) {
                continue;
            }
            int px = (int) Math.round(x.at(theta));
            g.drawLine(px, (int) plot.getMaxY(), px, (int) plot.getMaxY() + 4);
            drawCentred(g, thetaLabels[i], px, (int) plot.getMaxY() + 16);
        }
        drawCentred(g, "theta (rad), 0 = upright", (int) plot.getCenterX(), (int) plot.getMaxY() + 32);
        FontMetrics metrics = g.getFontMetrics();
        for (double dot = Math.ceil(y.min() / 4) * 4; dot <= y.max() + 1e-9; dot += 4) {
            int py = (int) Math.round(y.at(dot));
            String label = String.format(Locale.ROOT, "%.0f", dot);
            g.drawLine((int) plot.x - 4, py, (int) plot.x, py);
            g.drawString(label, (int) plot.x - 7 - metrics.stringWidth(label), py + 4);
        }
        Graphics2D rotated = (Graphics2D) g.create();
        rotated.rotate(-Math.PI / 2);
        drawCentred(rotated, "theta_dot (rad/s)", -(int) plot.getCenterY(), 12);
        rotated.dispose();
    }

    private static void colourBar(Graphics2D g, Rectangle2D.Double bar, double limit) {
        for (int i = 0; i < bar.height; i++) {
            g.setColor(Palette.diverging(limit * (1 - 2 * i / bar.height), limit));
            g.fillRect((int) bar.x, (int) (bar.y + i), (int) bar.width, 1);
        }
        g.setColor(Palette.TEXT);
        String top = String.format(Locale.ROOT, "%+.1f", limit);
        String bottom = String.format(Locale.ROOT, "%+.1f", -limit);
        g.drawString(top, (int) bar.getMaxX() + 3, (int) bar.y + 9);
        g.drawString(" 0", (int) bar.getMaxX() + 3, (int) bar.getCenterY() + 4);
        g.drawString(bottom, (int) bar.getMaxX() + 3, (int) bar.getMaxY());
    }

    static void drawCentred(Graphics2D g, String text, int x, int y) {
        g.drawString(text, x - g.getFontMetrics().stringWidth(text) / 2, y);
    }

    private static double[] distinct(double[] values) {
        return Arrays.stream(values).filter(Double::isFinite).sorted().distinct().toArray();
    }
}
