package dqnsweep.report;

import java.awt.Color;
import java.util.Locale;

/**
 * The colours of the first axis's values, the same in every chart and in the HTML page:
 * Okabe and Ito's colour-blind-safe set (yellow darkened to read on white).
 */
final class Palette {

    private static final Color[] COLOURS = {
        new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xD55E00),
        new Color(0xCC79A7), new Color(0x56B4E9), new Color(0x9A8A00), new Color(0x000000),
    };

    static final Color GRID = new Color(0xE5E5E5);
    static final Color TEXT = new Color(0x222222);
    static final Color MUTED = new Color(0x777777);

    private Palette() {
    }

    static Color colour(int index) {
        return COLOURS[Math.floorMod(index, COLOURS.length)];
    }

    static Color translucent(Color colour, int alpha) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha);
    }

    static String hex(Color colour) {
        return String.format(Locale.ROOT, "#%06x", colour.getRGB() & 0xFFFFFF);
    }

    /**
     * A diverging scale for torque: blue for negative, white for zero, red for positive, at full
     * strength from |value| = limit.
     */
    static Color diverging(double value, double limit) {
        double t = Math.max(-1, Math.min(1, value / limit));
        Color end = t < 0 ? new Color(0x2166AC) : new Color(0xB2182B);
        double a = Math.abs(t);
        return new Color(mix(255, end.getRed(), a), mix(255, end.getGreen(), a), mix(255, end.getBlue(), a));
    }

    /** A sequential scale from light (low) to deep green (high), for the IQM table. */
    static Color sequential(double t) {
        double a = Math.max(0, Math.min(1, t));
        return new Color(mix(0xF7, 0x1B, a), mix(0xFC, 0x78, a), mix(0xF5, 0x37, a));
    }

    private static int mix(int from, int to, double a) {
        return (int) Math.round(from + (to - from) * a);
    }
}
