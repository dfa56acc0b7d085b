package dqnsweep.report;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Escaping and number formatting for the HTML page. */
final class Html {

    static final String DASH = "\u2013";

    private Html() {
    }

    /** Text safe inside an element or a quoted attribute. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A relative URL path: each segment percent-encoded except unreserved characters and '='. */
    static String path(String relative) {
        StringBuilder out = new StringBuilder();
        for (byte b : relative.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~=/".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
            }
        }
        return out.toString();
    }

    /** A number with {@code digits} decimals, or a dash when it is not finite. */
    static String number(double value, int digits) {
        if (!Double.isFinite(value)) {
            return DASH;
        }
        String text = String.format(Locale.ROOT, "%." + digits + "f", value);
        return text.startsWith("-") && text.chars().noneMatch(c -> c >= '1' && c <= '9') ? text.substring(1) : text;
    }

    static String percent(double share) {
        return Double.isFinite(share) ? String.format(Locale.ROOT, "%.0f%%", 100 * share) : DASH;
    }

    /** The sort key of a table cell: the full number, or empty (sorted last). */
    static String sortKey(double value) {
        return Double.isFinite(value) ? Double.toString(value) : "";
    }

    static String duration(double seconds) {
        if (!Double.isFinite(seconds)) {
            return DASH;
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        return s < 3600 ? String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60)
                : String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
    }
}
