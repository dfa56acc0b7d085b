package dqnsweep.grid;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Cell ids: {@code key=value} pairs in axis order joined by '_', e.g. {@code bins=10_iterations=100}.
 * Values are written canonically so an id does not depend on how the spec spelt a value: text in
 * lower case (choices are case-insensitive), 0.001 rather than 1e-3, and any character outside
 * [A-Za-z0-9.+-] replaced by '-'. Ids longer than {@value #MAX_LENGTH} characters keep a prefix and
 * a hash of the whole id, so folder names stay short.
 */
final class CellIds {

    static final String BASE = "base";
    static final int MAX_LENGTH = 120;
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9.+-]");
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._+=-]+");

    private CellIds() {
    }

    static String of(Map<String, JsonNode> values) {
        if (values.isEmpty()) {
            return BASE;
        }
        String id = values.entrySet().stream().map(e -> e.getKey() + "=" + text(e.getValue()))
                .collect(Collectors.joining("_"));
        return id.length() <= MAX_LENGTH ? id : id.substring(0, MAX_LENGTH - 17) + "_" + hash(id);
    }

    /** A value as it appears in an id. */
    static String text(JsonNode value) {
        if (value.isFloatingPointNumber()) {
            return number(value.doubleValue());
        }
        String text = value.isTextual() ? value.asText().toLowerCase(Locale.ROOT) : value.asText();
        return UNSAFE.matcher(text).replaceAll("-");
    }

    static boolean isSafe(String id) {
        return SAFE_ID.matcher(id).matches() && !id.equals(".") && !id.equals("..");
    }

    private static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value).toLowerCase(Locale.ROOT);
        }
        String plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        if (plain.length() <= 12) {
            return plain;
        }
        return Double.toString(value).toLowerCase(Locale.ROOT).replace(".0e", "e");
    }

    private static String hash(String id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
