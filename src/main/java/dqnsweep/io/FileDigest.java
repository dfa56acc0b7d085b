package dqnsweep.io;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The size and SHA-256 of a file, as a run's {@code run.json} records them for every other file of
 * its run: a file cut at a row boundary or a number edited by hand parses as well as the original,
 * and only its checksum tells them apart.
 */
public record FileDigest(@JsonProperty("bytes") long bytes, @JsonProperty("sha256") String sha256) {

    private static final TypeReference<LinkedHashMap<String, FileDigest>> MAP = new TypeReference<>() {
    };

    public static FileDigest of(Path file) throws IOException {
        MessageDigest sha256 = newSha256();
        long bytes = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha256.update(buffer, 0, n);
                bytes += n;
            }
        }
        return new FileDigest(bytes, HexFormat.of().formatHex(sha256.digest()));
    }

    public static FileDigest of(byte[] content) {
        return new FileDigest(content.length, HexFormat.of().formatHex(newSha256().digest(content)));
    }

    /** The digests of those of {@code names} that exist in {@code folder}, in that order. */
    public static Map<String, FileDigest> of(Path folder, List<String> names) throws IOException {
        Map<String, FileDigest> digests = new LinkedHashMap<>();
        for (String name : names) {
            Path file = folder.resolve(name);
            if (Files.isRegularFile(file)) {
                digests.put(name, of(file));
            }
        }
        return digests;
    }

    /** The {@code files} object of a run.json, or null when it has none (a run written before checksums). */
    public static Map<String, FileDigest> fromJson(JsonNode files) throws IOException {
        if (files == null || files.isMissingNode() || files.isNull()) {
            return null;
        }
        try {
            return Json.MAPPER.convertValue(files, MAP);
        } catch (IllegalArgumentException e) {
            throw new IOException("its files are not recorded as names with bytes and sha256", e);
        }
    }

    /**
     * Why the files of {@code folder} are not those {@code recorded} describes, e.g.
     * {@code eval.csv (612 bytes, recorded 648) does not match the checksums in its run.json};
     * empty when every file matches.
     */
    public static Optional<String> mismatch(Path folder, Map<String, FileDigest> recorded) throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, FileDigest> entry : recorded.entrySet()) {
            String name = entry.getKey();
            Path file = folder.resolve(name);
            if (!isPlainName(name) || entry.getValue() == null) {
                wrong.add(name + " (not a file of the run)");
            } else if (!Files.isRegularFile(file)) {
                wrong.add(name + " (missing)");
            } else {
                FileDigest actual = of(file);
                if (actual.bytes() != entry.getValue().bytes()) {
                    wrong.add(name + " (" + actual.bytes() + " bytes, recorded " + entry.getValue().bytes() + ")");
                } else if (!actual.sha256().equalsIgnoreCase(entry.getValue().sha256())) {
                    wrong.add(name + " (same size, other content)");
                }
            }
        }
        if (wrong.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.join(", ", wrong) + (wrong.size() == 1 ? " does" : " do")
                + " not match the checksums in its run.json");
    }

    /** A file name within the run's folder: no separators, not . or .. (a crafted run.json names no other file). */
    private static boolean isPlainName(String name) {
        return !name.isEmpty() && !name.equals(".") && !name.equals("..") && name.indexOf('/') < 0
                && name.indexOf('\\') < 0 && name.indexOf('\0') < 0;
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
