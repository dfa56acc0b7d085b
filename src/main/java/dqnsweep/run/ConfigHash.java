package dqnsweep.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import dqnsweep.config.RunConfig;
import dqnsweep.io.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A stable fingerprint of a resolved configuration: a finished run is reused only under the same hash. */
public final class ConfigHash {

    private ConfigHash() {
    }

    public static String of(RunConfig config) {
        try {
            byte[] json = Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsBytes(config);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash a configuration", e);
        }
    }

    /** The configuration as canonical JSON text. */
    public static String json(RunConfig config) {
        try {
            return Json.MAPPER.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a configuration", e);
        }
    }
}
