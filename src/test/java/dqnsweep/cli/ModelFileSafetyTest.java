package dqnsweep.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dqnsweep.io.Json;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Serializable;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model file is something users download and share: {@code eval --model} must refuse a crafted
 * one quickly (under a second, exit 2, one line) without Java deserialisation of its content, check
 * the network against the environment and bins its configuration claims, and still read the
 * models written before (their configuration a serialised String).
 */
class ModelFileSafetyTest {

    private static final String CONFIG = "dqn-sweep-config.json";
    private static final String LEGACY_CONFIG = "objects/dqn-sweep-config.json";
    private static final Path LEGACY_MODEL = Path.of("src/test/resources/dqnsweep/agent/legacy-model.zip");
    private static final Path LEGACY_EVAL = Path.of("src/test/resources/dqnsweep/agent/legacy-model-eval.csv");
    private static final List<String> TINY = List.of("--bins", "10", "--iterations", "2", "--seed", "2",
            "--set", "layer1_units=8", "--set", "layer2_units=6", "--set", "steps_per_sequence=50",
            "--set", "learning_starts=20", "--set", "batch_size=16", "--set", "parallel_envs=2",
            "--set", "eval_episodes=2", "--set", "eval_steps=40");

    @TempDir
    static Path dir;
    /** A model written by this build: 8 and 6 hidden units, 10 outputs. */
    private static Path model;
    private static Map<String, byte[]> entries;
    private static ObjectNode config;

    @BeforeAll
    static void writeAModel() throws IOException {
        Cli cli = new Cli();
        assertEquals(ExitCodes.OK, cli.run("run", TINY, dir.resolve("run")), cli.err.toString());
        model = dir.resolve("run/model.zip");
        entries = entries(model);
        config = (ObjectNode) Json.MAPPER.readTree(Files.readString(dir.resolve("run/run.json"))).get("config");
    }

    @Test
    void aDeserialisationBombIsRefusedAtOnce() throws IOException {
        refused("bomb.zip", legacyWith(javaSerialised(nestedSets(100))), "");
    }

    @Test
    void aStoredConfigurationThatIsNotAStringIsRefused() throws IOException {
        refused("list.zip", legacyWith(javaSerialised(new ArrayList<>(List.of("{}")))), "");
        refused("object.zip", legacyWith(javaSerialised(new Crafted())), "");
    }

    @Test
    void hugeClaimedLengthsAreRefusedBeforeAnythingIsAllocated() throws IOException {
        // (3 + 1) x 8 + (8 + 1) x 6 + (6 + 1) x 10
        long parameters = 156;
        Map<String, byte[]> crafted = new LinkedHashMap<>(entries);
        crafted.put("coefficients.bin", ndArray(6, Long.MAX_VALUE / 4, parameters, "FLOAT"));
        refused("huge-shape.zip", crafted, "coefficients.bin");
        crafted.put("coefficients.bin", ndArray(Integer.MAX_VALUE, parameters, parameters, "FLOAT"));
        refused("huge-shape-info.zip", crafted, "coefficients.bin");
        crafted.put("coefficients.bin", ndArray(6, parameters, Long.MAX_VALUE / 4, "FLOAT"));
        refused("huge-data.zip", crafted, "coefficients.bin");
        crafted.put("coefficients.bin", ndArray(6, parameters, parameters, "DOUBLE"));
        refused("double.zip", crafted, "coefficients.bin");
        crafted.put("coefficients.bin", ndArray(6, parameters, parameters, "FLOAT"));
        refused("cut-short.zip", crafted, "coefficients.bin");
    }

    @Test
    void zipBombsAreRefusedWithoutInflatingThem() throws IOException {
        byte[] zeros = new byte[100 << 20];
        for (String name : List.of(CONFIG, "coefficients.bin", "configuration.json")) {
            Map<String, byte[]> crafted = new LinkedHashMap<>(entries);
            crafted.put(name, zeros);
            Path bomb = zip(dir.resolve("zip-bomb-" + name.replace('.', '-') + ".zip"), crafted);
            refused(bomb, name);
            // The same with the sizes in the zip's directory claiming 100 bytes: the inflated bytes are counted.
            refused(claimingSize(bomb, name, 100, dir.resolve("lying-" + bomb.getFileName())), name);
        }
    }

    @Test
    void entriesOfTheWrongTypeAreRefused() throws IOException {
        Map<String, byte[]> crafted = new LinkedHashMap<>(entries);
        crafted.put(CONFIG, "[1, 2, 3]".getBytes(StandardCharsets.UTF_8));
        refused("array.zip", crafted, CONFIG);
        crafted.put(CONFIG, "[".repeat(60_000).getBytes(StandardCharsets.UTF_8));
        refused("deep.zip", crafted, CONFIG);
        crafted.put(CONFIG, (config.toString() + "{}").getBytes(StandardCharsets.UTF_8));
        refused("trailing.zip", crafted, CONFIG);
        crafted.remove(CONFIG);
        crafted.put(CONFIG + "/", new byte[0]);
        refused("directory.zip", crafted, "folder");
        Path notZip = Files.writeString(dir.resolve("not-a-zip.zip"), "PK but not a zip");
        refused(notZip, "");
        refused(dir, "");
    }

    @Test
    void aNetworkWithOtherOutputsThanItsConfigurationClaimsIsRefused() throws IOException {
        String twentyBins = config.deepCopy().put("bins", 20).toString();
        refused("claims-20-bins.zip", legacyWith(javaSerialised(twentyBins)), "20");
        Map<String, byte[]> crafted = new LinkedHashMap<>(entries);
        crafted.remove(LEGACY_CONFIG);
        crafted.put(CONFIG, twentyBins.getBytes(StandardCharsets.UTF_8));
        refused("claims-20-bins-json.zip", crafted, "20");
        String cartpole = config.deepCopy().put("env", "cartpole").put("bins", 2).toString();
        crafted.put(CONFIG, cartpole.getBytes(StandardCharsets.UTF_8));
        refused("claims-cartpole.zip", crafted, "");
    }

    @Test
    void aModelWrittenBeforeTheChangeStillLoadsAndPlaysTheSameEpisodes() throws IOException {
        Cli cli = new Cli();
        Path csv = dir.resolve("legacy-eval.csv");
        assertEquals(ExitCodes.OK, cli.execute("eval", "--model", LEGACY_MODEL.toString(), "--csv", csv.toString()),
                cli.err.toString());
        assertEquals(Files.readString(LEGACY_EVAL), Files.readString(csv));
    }

    @Test
    void identicalNetworksGiveByteIdenticalModelFiles() throws Exception {
        Cli cli = new Cli();
        assertEquals(ExitCodes.OK, cli.run("run", TINY, dir.resolve("again")), cli.err.toString());
        // Zip entry times have a resolution of two seconds: a third run certainly starts in another window.
        Thread.sleep(2_100);
        assertEquals(ExitCodes.OK, cli.run("run", TINY, dir.resolve("later")), cli.err.toString());
        byte[] first = Files.readAllBytes(model);
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("again/model.zip")));
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("later/model.zip")));
    }

    /** Writes the entries as a model file and expects {@code eval} to refuse it in time, in one line. */
    private static void refused(String name, Map<String, byte[]> crafted, String mentioned) throws IOException {
        refused(zip(dir.resolve(name), crafted), mentioned);
    }

    private static void refused(Path file, String mentioned) {
        Cli cli = new Cli();
        long start = System.nanoTime();
        int code = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> cli.execute("eval", "--model",
                file.toString()));
        double seconds = (System.nanoTime() - start) / 1e9;
        String err = cli.err.toString().strip();
        assertEquals(ExitCodes.BAD_INPUT, code, file + ": " + err + cli.out);
        assertTrue(seconds < 1, file + " took " + seconds + " s to refuse");
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("dqn-sweep: ") && err.contains(file.getFileName().toString()), err);
        assertTrue(err.contains(mentioned), err);
    }

    /** The model's entries with the configuration stored the old way, as a serialised object. */
    private static Map<String, byte[]> legacyWith(byte[] storedConfig) {
        Map<String, byte[]> crafted = new LinkedHashMap<>(entries);
        crafted.remove(CONFIG);
        crafted.put(LEGACY_CONFIG, storedConfig);
        return crafted;
    }

    /**
     * Sets nested so that deserialising them computes 2^depth hash codes: a few kilobytes that
     * keep an unfiltered ObjectInputStream busy for longer than the universe has existed.
     */
    private static Set<Object> nestedSets(int depth) {
        Set<Object> root = new HashSet<>();
        Set<Object> a = root;
        Set<Object> b = new HashSet<>();
        for (int i = 0; i < depth; i++) {
            Set<Object> nextA = new HashSet<>();
            Set<Object> nextB = new HashSet<>();
            nextA.add("x");
            a.add(nextA);
            a.add(nextB);
            b.add(nextA);
            b.add(nextB);
            a = nextA;
            b = nextB;
        }
        return root;
    }

    private static byte[] javaSerialised(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    /** ND4J's binary array header as Nd4j.write writes it, claiming the given lengths, with one value behind it. */
    private static byte[] ndArray(long shapeLength, long elements, long dataLength, String dataType) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeUTF("MIXED_DATA_TYPES");
        out.writeLong(shapeLength);
        out.writeUTF("LONG");
        for (long value : new long[] {1, elements, 1, 8192, 1, 99}) {
            out.writeLong(value);
        }
        out.writeUTF("MIXED_DATA_TYPES");
        out.writeLong(dataLength);
        out.writeUTF(dataType);
        out.writeFloat(1f);
        out.flush();
        return bytes.toByteArray();
    }

    /**
     * A copy of {@code zip} whose central directory claims {@code size} uncompressed bytes for
     * {@code name}: what a hand-made zip bomb does.
     */
    private static Path claimingSize(Path zip, String name, int size, Path copy) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(zip)).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        boolean patched = false;
        for (int i = 0; i + 46 < bytes.limit(); i++) {
            if (bytes.getInt(i) == 0x02014b50 && bytes.getShort(i + 28) == wanted.length
                    && Arrays.equals(Arrays.copyOfRange(bytes.array(), i + 46, i + 46 + wanted.length), wanted)) {
                bytes.putInt(i + 24, size);
                patched = true;
            }
        }
        assertTrue(patched, name);
        return Files.write(copy, bytes.array());
    }

    private static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        try (OutputStream stream = Files.newOutputStream(file); ZipOutputStream out = new ZipOutputStream(stream)) {
            out.setLevel(Deflater.BEST_SPEED);
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return file;
    }

    /** Any serialisable class a crafted file could name. */
    private record Crafted() implements Serializable {
    }

    private static final class Cli {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();

        int execute(String... args) {
            var commandLine = Main.newCommandLine();
            commandLine.setOut(new PrintWriter(out, true));
            commandLine.setErr(new PrintWriter(err, true));
            return commandLine.execute(args);
        }

        int run(String command, List<String> options, Path out) {
            List<String> args = new ArrayList<>(List.of(command));
            args.addAll(options);
            args.addAll(List.of("--out", out.toString()));
            return execute(args.toArray(String[]::new));
        }
    }
}
