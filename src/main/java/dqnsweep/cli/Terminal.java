package dqnsweep.cli;

/**
 * Text from users' files on the terminal: a spec's description, a key, a path or a message that
 * quotes them. Control characters are shown escaped ({@code \x1b}), never sent: an escape
 * sequence in a downloaded spec could otherwise recolour, retitle or rewrite the terminal. Error
 * lines are capped, so a megabyte of quoted input cannot flood it.
 */
final class Terminal {

    /** The longest error line printed, in characters; longer ones end in "...". */
    static final int MAX_LINE = 300;

    private Terminal() {
    }

    /** {@code text} with every control character (C0, DEL, C1) but none other escaped. */
    static String escape(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c < 0x20 || c >= 0x7f && c < 0xa0) {
                safe.append(c == '\n' ? "\\n" : c == '\t' ? "\\t" : c == '\r' ? "\\r"
                        : String.format("\\x%02x", c));
            } else if (c == 0x2028 || c == 0x2029 || c == 0x202e || c == 0xfeff) {
                // Line separators and the right-to-left override can also move or disguise text.
                safe.append(String.format("\\u%04x", c));
            } else {
                safe.appendCodePoint(c);
            }
        });
        return safe.toString();
    }

    /** One error line: escaped, and cut to {@link #MAX_LINE} characters. */
    static String line(String text) {
        String safe = escape(text);
        if (safe.length() <= MAX_LINE) {
            return safe;
        }
        int end = MAX_LINE - 3;
        if (Character.isHighSurrogate(safe.charAt(end - 1))) {
            end--;
        }
        return safe.substring(0, end) + "...";
    }
}
