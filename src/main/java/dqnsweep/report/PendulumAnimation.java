package dqnsweep.report;

import com.madgag.gif.fmsware.AnimatedGifEncoder;
import dqnsweep.analysis.Trajectories;
import dqnsweep.io.AtomicFiles;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * An animated GIF of one greedy evaluation episode from trajectory.csv: the rod turning about
 * its pivot (0 = upright, positive angles counter-clockwise as in gym's renderer), the torque as
 * an arc arrow, and the step, angle and reward as text. One frame per {@code STRIDE} steps, at
 * real time (each step is 0.05 s of simulated time).
 */
final class PendulumAnimation {

    static final int STRIDE = 2;
    static final int SIZE = 260;
    private static final int CAPTION = 58;
    private static final double STEP_SECONDS = 0.05;
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 13);

    private PendulumAnimation() {
    }

    static void write(Trajectories.Episode episode, String title, Color colour, Path file) throws IOException {
        AtomicFiles.write(file, temporary -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                AnimatedGifEncoder gif = new AnimatedGifEncoder();
                gif.start(out);
                // plays three times and stops: a page that moves forever is hard to read (WCAG 2.2.2)
                gif.setRepeat(2);
                gif.setDelay((int) Math.round(STRIDE * STEP_SECONDS * 1000));
                // the palette is learnt from every 50th pixel: frames hold a few flat colours, and a report
                // of 4 animations then costs what 2 did at 20 (~350 ms of CPU each)
                gif.setQuality(50);
                for (int step = 0; step < episode.steps(); step += STRIDE) {
                    gif.addFrame(frame(episode, step, title, colour));
                }
                if (!gif.finish()) {
                    throw new IOException("GIF encoder failed");
                }
            }
        });
    }

    static BufferedImage frame(Trajectories.Episode episode, int step, String title, Color colour) {
        // the GIF encoder's own pixel layout: it need not copy each frame
        BufferedImage image = new BufferedImage(SIZE, SIZE + CAPTION, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = Panels.graphics(image);
        double theta = episode.theta()[step];
        double torque = episode.action()[step];
        double cx = SIZE / 2.0;
        double cy = SIZE / 2.0 + 8;
        double length = SIZE * 0.34;
        if (episode.x() != null) {
            cx += episode.x()[step] / 2.4 * (SIZE * 0.4);
            drawCart(g, cx, cy);
        } else {
            g.setColor(new Color(0xDDDDDD));
            g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4, 4}, 0));
            g.draw(new Ellipse2D.Double(cx - length, cy - length, 2 * length, 2 * length));
            g.draw(new Line2D.Double(cx, cy - length - 10, cx, cy - length + 10));
        }
        boolean upright = Math.abs(Angles.wrap(theta)) <= 0.2;
        double tipX = cx - length * Math.sin(theta);
        double tipY = cy - length * Math.cos(theta);
        if (episode.x() == null) {
            drawTorque(g, cx, cy, torque);
        }
        g.setColor(colour);
        g.setStroke(new BasicStroke(9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(cx, cy, tipX, tipY));
        g.fill(new Ellipse2D.Double(tipX - 9, tipY - 9, 18, 18));
        g.setColor(Palette.TEXT);
        g.fill(new Ellipse2D.Double(cx - 4, cy - 4, 8, 8));
        g.setFont(TITLE);
        PolicyMapChart.drawCentred(g, title, SIZE / 2, 17);
        g.setFont(FONT);
        g.setColor(upright ? new Color(0x1B7837) : Palette.MUTED);
        g.drawString(String.format(Locale.ROOT, "step %d/%d  t = %.1f s%s", step, episode.steps(),
                step * STEP_SECONDS, upright ? "  upright" : ""), 10, SIZE + 18);
        g.setColor(Palette.TEXT);
        g.drawString(String.format(Locale.ROOT, "theta %+.2f rad  torque %+.2f", Angles.wrap(theta), torque),
                10, SIZE + 34);
        g.drawString(String.format(Locale.ROOT, "reward this step %.3f", episode.reward()[step]), 10, SIZE + 50);
        g.dispose();
        return image;
    }

    /** An arc arrow around the pivot, counter-clockwise for positive torque, longer for more. */
    private static void drawTorque(Graphics2D g, double cx, double cy, double torque) {
        double extent = Math.min(1, Math.abs(torque) / 2) * 150;
        if (extent < 3) {
            return;
        }
        double radius = 28;
        double start = 90;
        double sweep = torque > 0 ? extent : -extent;
        g.setColor(Palette.diverging(torque, 2));
        g.setStroke(new BasicStroke(4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(new Arc2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius, start, sweep, Arc2D.OPEN));
        double end = Math.toRadians(start + sweep);
        double ex = cx + radius * Math.cos(end);
        double ey = cy - radius * Math.sin(end);
        double direction = end + (torque > 0 ? Math.PI / 2 : -Math.PI / 2);
        double dx = Math.cos(direction);
        double dy = -Math.sin(direction);
        Path2D.Double head = new Path2D.Double();
        head.moveTo(ex + 9 * dx, ey + 9 * dy);
        head.lineTo(ex - 6 * dy, ey + 6 * dx);
        head.lineTo(ex + 6 * dy, ey - 6 * dx);
        head.closePath();
        g.fill(head);
    }

    private static void drawCart(Graphics2D g, double cx, double cy) {
        g.setColor(new Color(0xBBBBBB));
        g.setStroke(new BasicStroke(2f));
        g.draw(new Line2D.Double(0, cy + 12, SIZE, cy + 12));
        g.setColor(new Color(0x555555));
        g.fill(new RoundRectangle2D.Double(cx - 24, cy - 10, 48, 22, 6, 6));
    }
}
