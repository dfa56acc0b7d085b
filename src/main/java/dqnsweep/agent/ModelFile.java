package dqnsweep.agent;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dqnsweep.config.RunConfig;
import dqnsweep.sim.Environments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@code model.zip}: a network with the run configuration it was trained under.
 *
 * <p>The layout is DL4J's ({@code configuration.json}, {@code coefficients.bin},
 * {@code updaterState.bin}), so DL4J's {@code ModelSerializer} restores it too, plus
 * {@code dqn-sweep-config.json}, the run configuration as plain JSON. It is written
 * deterministically: stored (uncompressed) entries in a fixed order with a fixed time, so identical
 * networks give identical bytes on any machine.
 *
 * <p>A model file is something users download and share, so it is read as untrusted input: no Java
 * deserialisation and no polymorphic JSON. The network is rebuilt from dqn-sweep's configuration,
 * parsed strictly, and its parameters are read from {@code coefficients.bin} by a reader of ND4J's
 * binary format that checks every length against the network the configuration describes before
 * allocating anything. Every entry is read with a bound, so a zip bomb is refused after a few
 * kilobytes. Models written before (their configuration a serialised String,
 * {@code objects/dqn-sweep-config.json}) are read through a JEP 290 filter that admits a String and
 * nothing else.
 */
public final class ModelFile implements Closeable {

    static final String CONFIG = "dqn-sweep-config.json";
    static final String LEGACY_CONFIG = "objects/dqn-sweep-config.json";
    static final String DL4J_CONFIG = "configuration.json";
    static final String COEFFICIENTS = "coefficients.bin";
    static final String UPDATER_STATE = "updaterState.bin";
    /** Every entry's time: DOS time without a time zone, so the bytes do not depend on the machine's. */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private static final long MAX_FILE_BYTES = 1L << 30;
    private static final int MAX_ENTRIES = 16;
    private static final int MAX_JSON_BYTES = 1 << 20;
    /** 128 MiB of floats: a network with two hidden layers of ~5,000 units. */
    static final long MAX_PARAMETERS = 1L << 25;
    /** How ND4J 1.0.0-M2 names its buffers: one allocation mode, shape info as LONG, our networks FLOAT. */
    private static final String ALLOCATION_MODE = "MIXED_DATA_TYPES";
    private static final String SHAPE_TYPE = "LONG";
    private static final String DATA_TYPE = "FLOAT";
    private static final int ORDER_C = 'c';
    private static final int ORDER_F = 'f';

    /** A serialised String and nothing else: no class is ever resolved, no array, one object. */
    private static final ObjectInputFilter ONLY_A_STRING = ObjectInputFilter.Config.createFilter(
            "maxdepth=1;maxrefs=1;maxarray=0;maxbytes=" + (MAX_JSON_BYTES + 64) + ";java.lang.String;!*");

    private static final ObjectMapper STRICT_JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32)
                            .maxStringLength(MAX_JSON_BYTES).maxNumberLength(64).build())
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final Path path;
    private final ZipFile zip;

    private ModelFile(Path path, ZipFile zip) {
        this.path = path;
        this.zip = zip;
    }

    /** Writes the network's weights and updater state and the run configuration (so {@code eval} knows env and bins). */
    public static void write(Path file, QNetwork network, String configJson) throws IOException {
        MultiLayerNetwork dl4j = network.dl4j();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(CONFIG, configJson.getBytes(StandardCharsets.UTF_8));
        entries.put(DL4J_CONFIG, dl4j.getLayerWiseConfigurations().toJson().getBytes(StandardCharsets.UTF_8));
        entries.put(COEFFICIENTS, ndArray(dl4j.params()));
        INDArray updaterState = dl4j.getUpdater().getStateViewArray();
        if (updaterState != null && updaterState.length() > 0) {
            entries.put(UPDATER_STATE, ndArray(updaterState));
        }
        try (OutputStream stream = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(stream)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(storedEntry(entry.getKey(), entry.getValue()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
    }

    /** Opens a model file for reading; refuses what is not a plausible zip file. */
    public static ModelFile open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("not a file");
        }
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new IOException("is " + size + " bytes, more than any model (" + MAX_FILE_BYTES + ")");
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (IOException e) {
            throw new IOException("not a zip file (" + e.getMessage() + ")", e);
        }
        if (zip.size() > MAX_ENTRIES) {
            zip.close();
            throw new IOException("has " + zip.size() + " entries; a model has at most " + MAX_ENTRIES);
        }
        return new ModelFile(file, zip);
    }

    /** The run configuration stored with the network, parsed strictly: a JSON object. */
    public ObjectNode configuration() throws IOException {
        String json;
        if (zip.getEntry(CONFIG) != null) {
            json = utf8(CONFIG, bounded(CONFIG, MAX_JSON_BYTES));
        } else if (zip.getEntry(LEGACY_CONFIG) != null) {
            json = legacyString(bounded(LEGACY_CONFIG, MAX_JSON_BYTES));
        } else {
            throw new IOException("no dqn-sweep configuration inside (" + CONFIG + "): not a dqn-sweep model");
        }
        JsonNode tree = strictJson(CONFIG, json);
        if (!tree.isObject()) {
            throw new IOException(CONFIG + " is not a JSON object");
        }
        return (ObjectNode) tree;
    }

    /**
     * The network {@code config} describes, with the parameters stored in the file. Refused unless
     * DL4J's description of the stored network has the inputs of the configuration's environment and
     * its hidden units and actions, and coefficients.bin holds exactly its parameters.
     */
    public QNetwork network(RunConfig config) throws IOException {
        int inputs = Environments.create(config.env()).observationSize();
        int[] units = {inputs, config.layer1Units(), config.layer2Units(), config.actionCount()};
        requireStoredLayers(config, units);
        float[] parameters = coefficients(parameterCount(units));
        QNetwork network = QNetwork.create(config, inputs, config.seed());
        if (network.parameterCount() != parameters.length) {
            throw new IOException("the network of its configuration has " + network.parameterCount()
                    + " parameters, " + COEFFICIENTS + " " + parameters.length);
        }
        network.writeParameters(parameters);
        return network;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    @Override
    public String toString() {
        return path.toString();
    }

    /** Weights and biases of dense layers with these units, the inputs first. */
    static long parameterCount(int[] units) {
        long count = 0;
        for (int layer = 1; layer < units.length; layer++) {
            count = Math.addExact(count, Math.multiplyExact((long) units[layer - 1] + 1, units[layer]));
        }
        return count;
    }

    /** Compares the layer sizes of DL4J's configuration.json (read as a plain tree) with the run configuration's. */
    private void requireStoredLayers(RunConfig config, int[] units) throws IOException {
        JsonNode confs = strictJson(DL4J_CONFIG, utf8(DL4J_CONFIG, bounded(DL4J_CONFIG, MAX_JSON_BYTES))).path("confs");
        if (!confs.isArray() || confs.size() != units.length - 1) {
            throw new IOException(DL4J_CONFIG + " does not describe a network of " + (units.length - 1) + " layers");
        }
        int[] stored = new int[units.length];
        for (int layer = 0; layer < confs.size(); layer++) {
            JsonNode nIn = confs.get(layer).path("layer").path("nin");
            JsonNode nOut = confs.get(layer).path("layer").path("nout");
            if (!nIn.canConvertToInt() || !nOut.canConvertToInt()) {
                throw new IOException(DL4J_CONFIG + " gives no sizes for layer " + layer);
            }
            if (layer == 0) {
                stored[0] = nIn.intValue();
            } else if (nIn.intValue() != stored[layer]) {
                throw new IOException(DL4J_CONFIG + ": layer " + layer + " takes " + nIn.intValue()
                        + " inputs from a layer of " + stored[layer] + " units");
            }
            stored[layer + 1] = nOut.intValue();
        }
        int last = units.length - 1;
        if (stored[last] != units[last]) {
            throw new IOException("its network has " + stored[last] + " outputs, but its configuration claims "
                    + units[last] + (config.env().pendulum() ? " bins" : " actions of " + config.env()));
        }
        if (stored[0] != units[0]) {
            throw new IOException("its network takes " + stored[0] + " inputs, but " + config.env() + " (its "
                    + "configuration's environment) has " + units[0] + " observations");
        }
        for (int layer = 1; layer < last; layer++) {
            if (stored[layer] != units[layer]) {
                throw new IOException("its network's hidden layer " + layer + " has " + stored[layer]
                        + " units, but its configuration claims " + units[layer]);
            }
        }
    }

    /**
     * The parameters in coefficients.bin, as {@code Nd4j.write} wrote them: the shape information
     * (allocation mode, length, type, longs), then the data (allocation mode, length, type, floats),
     * big-endian. Every length is checked before anything of that length is read or allocated.
     */
    private float[] coefficients(long expected) throws IOException {
        if (expected > MAX_PARAMETERS) {
            throw new IOException("its configuration describes a network of " + expected
                    + " parameters, more than a model may hold (" + MAX_PARAMETERS + ")");
        }
        ZipEntry entry = entry(COEFFICIENTS);
        long longestHeader = headerBytes(2);
        if (entry.getSize() > longestHeader + 4 * expected) {
            throw new IOException(COEFFICIENTS + " is " + entry.getSize() + " bytes, more than the "
                    + expected + " parameters of its network need");
        }
        try (DataInputStream in = new DataInputStream(new BoundedStream(zip.getInputStream(entry),
                longestHeader + 4 * expected, COEFFICIENTS))) {
            requireText(in.readUTF(), ALLOCATION_MODE, "allocation mode");
            long shapeLength = in.readLong();
            if (shapeLength != 6 && shapeLength != 8) {
                throw new IOException(COEFFICIENTS + " claims a shape of " + shapeLength
                        + " longs; a vector's has 6 or 8");
            }
            requireText(in.readUTF(), SHAPE_TYPE, "shape type");
            long[] shape = new long[(int) shapeLength];
            for (int i = 0; i < shape.length; i++) {
                shape[i] = in.readLong();
            }
            requireVector(shape, expected);
            requireText(in.readUTF(), ALLOCATION_MODE, "allocation mode");
            long length = in.readLong();
            if (length != expected) {
                throw new IOException(COEFFICIENTS + " claims " + length + " parameters; the network its "
                        + "configuration describes has " + expected);
            }
            requireText(in.readUTF(), DATA_TYPE, "data type");
            float[] values = new float[(int) expected];
            byte[] chunk = new byte[64 * 1024];
            for (int done = 0; done < values.length; ) {
                int count = Math.min(chunk.length / 4, values.length - done);
                in.readFully(chunk, 0, 4 * count);
                ByteBuffer.wrap(chunk, 0, 4 * count).asFloatBuffer().get(values, done, count);
                done += count;
            }
            if (in.read() != -1) {
                throw new IOException(COEFFICIENTS + " has bytes after its " + expected + " parameters");
            }
            return values;
        } catch (EOFException e) {
            throw new IOException(COEFFICIENTS + " is cut short", e);
        }
    }

    /** Shape information of a vector (rank 1, or rank 2 with one row or column) of {@code length} elements. */
    private static void requireVector(long[] shape, long length) throws IOException {
        int rank = shape.length / 2 - 2;
        long order = shape[shape.length - 1];
        boolean vector = shape[0] == rank && (order == ORDER_C || order == ORDER_F);
        long elements = 1;
        for (int i = 1; i <= rank && vector; i++) {
            vector = shape[i] >= 1 && shape[i] <= length;
            elements *= shape[i];
        }
        if (!vector || elements != length) {
            throw new IOException(COEFFICIENTS + " does not hold a vector of the network's " + length + " parameters");
        }
    }

    private static void requireText(String found, String expected, String what) throws IOException {
        if (!found.equals(expected)) {
            throw new IOException(COEFFICIENTS + " has " + what + " '" + printable(found) + "' where ND4J writes '"
                    + expected + "'");
        }
    }

    /** Bytes of an ND4J header: allocation mode, length and type of each buffer, and the shape's longs. */
    private static long headerBytes(int rank) {
        return (2 + ALLOCATION_MODE.length()) * 2L + 8 * 2 + 2 + SHAPE_TYPE.length() + 2 + DATA_TYPE.length()
                + 8L * (2 * rank + 4);
    }

    /** The serialised String of a model written before plain JSON, through a filter that admits nothing else. */
    private static String legacyString(byte[] bytes) throws IOException {
        Object value;
        boolean trailing;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(ONLY_A_STRING);
            value = in.readObject();
            trailing = in.read() != -1;
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            throw new IOException(LEGACY_CONFIG + " is refused: it holds something other than a String ("
                    + firstLine(e.getMessage()) + ")", e);
        }
        if (!(value instanceof String text) || trailing) {
            throw new IOException(LEGACY_CONFIG + " is refused: it holds something other than a String");
        }
        return text;
    }

    private static JsonNode strictJson(String name, String json) throws IOException {
        try {
            JsonNode tree = STRICT_JSON.readTree(json);
            if (tree == null || tree.isMissingNode()) {
                throw new IOException(name + " is empty");
            }
            return tree;
        } catch (IOException e) {
            throw new IOException(name + " is not valid JSON: " + firstLine(e.getMessage()), e);
        }
    }

    /** A regular entry's bytes, refused past {@code limit} bytes whatever its header claims. */
    private byte[] bounded(String name, int limit) throws IOException {
        ZipEntry entry = entry(name);
        if (entry.getSize() > limit) {
            throw new IOException(name + " is " + entry.getSize() + " bytes; at most " + limit + " are expected");
        }
        try (InputStream in = new BoundedStream(zip.getInputStream(entry), limit, name)) {
            return in.readAllBytes();
        }
    }

    private ZipEntry entry(String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new IOException("no " + name + " inside: not a DL4J network");
        }
        if (entry.isDirectory() || !entry.getName().equals(name)) {
            throw new IOException(name + " is a folder, not a file");
        }
        return entry;
    }

    private static String utf8(String name, byte[] bytes) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException(name + " is not UTF-8 text", e);
        }
    }

    private static byte[] ndArray(INDArray array) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            Nd4j.write(array, out);
        }
        return bytes.toByteArray();
    }

    private static ZipEntry storedEntry(String name, byte[] content) {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setTimeLocal(ENTRY_TIME);
        entry.setSize(content.length);
        entry.setCompressedSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setCrc(crc.getValue());
        return entry;
    }

    private static String printable(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** An entry's stream that fails once more than {@code limit} bytes come out of it: a zip bomb stops there. */
    private static final class BoundedStream extends InputStream {
        private final InputStream in;
        private final long limit;
        private final String name;
        private long read;

        BoundedStream(InputStream in, long limit, String name) {
            this.in = in;
            this.limit = limit;
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, (int) Math.min(length, limit - read + 1));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new IOException(name + " inflates to more than " + limit + " bytes: refused");
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
