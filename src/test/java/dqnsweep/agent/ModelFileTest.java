package dqnsweep.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dqnsweep.config.Algo;
import dqnsweep.config.RunConfig;
import dqnsweep.spec.ConfigResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.factory.Nd4j;

class ModelFileTest {

    private static final float[] STATES = {1f, 0f, 0.5f, -1f, 0f, -3f, 0.6f, 0.8f, 7.9f};
    private static final Path LEGACY = Path.of("src/test/resources/dqnsweep/agent/legacy-model.zip");

    private final RunConfig config = ConfigTestSupport.with(ConfigResolver.builtIn(Algo.DQN), "bins", 7,
            "layer1_units", 16, "layer2_units", 12);

    @Test
    void aWrittenModelReadsBackWithTheSameQValuesAndConfiguration(@TempDir Path dir) throws IOException {
        QNetwork network = QNetwork.create(config, 3, 11);
        Path file = dir.resolve("model.zip");
        ModelFile.write(file, network, ConfigResolver.toTree(config).toString());
        try (ModelFile model = ModelFile.open(file)) {
            ObjectNode stored = model.configuration();
            assertEquals(config, ConfigResolver.fromStored(stored));
            assertArrayEquals(q(network), q(model.network(config)));
        }
    }

    @Test
    void identicalNetworksGiveIdenticalBytesWithFixedStoredEntries(@TempDir Path dir) throws Exception {
        String json = ConfigResolver.toTree(config).toString();
        ModelFile.write(dir.resolve("a.zip"), QNetwork.create(config, 3, 5), json);
        Thread.sleep(2_100);
        ModelFile.write(dir.resolve("b.zip"), QNetwork.create(config, 3, 5), json);
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.zip")), Files.readAllBytes(dir.resolve("b.zip")));
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(dir.resolve("a.zip").toFile())) {
            zip.stream().forEach(entry -> {
                names.add(entry.getName());
                assertEquals(ZipEntry.STORED, entry.getMethod(), entry.getName());
                assertEquals(ModelFile.ENTRY_TIME, entry.getTimeLocal(), entry.getName());
            });
        }
        assertEquals(List.of("dqn-sweep-config.json", "configuration.json", "coefficients.bin", "updaterState.bin"),
                names);
    }

    /** The layout stays DL4J's: its own ModelSerializer restores the network, updater included. */
    @Test
    void dl4jStillReadsTheFile(@TempDir Path dir) throws IOException {
        QNetwork network = QNetwork.create(config, 3, 9);
        Path file = dir.resolve("model.zip");
        ModelFile.write(file, network, ConfigResolver.toTree(config).toString());
        MultiLayerNetwork restored = ModelSerializer.restoreMultiLayerNetwork(file.toFile(), true);
        float[] expected = q(network);
        float[] actual = restored.output(Nd4j.create(STATES, new long[] {3, 3}, 'c')).data().asFloat();
        assertArrayEquals(expected, actual, 1e-6f);
    }

    /** A model written before plain JSON: its configuration a serialised String, read through the filter. */
    @Test
    void aModelWrittenBeforeReadsThroughTheFilter() throws IOException {
        try (ModelFile model = ModelFile.open(LEGACY)) {
            RunConfig legacy = ConfigResolver.fromStored(model.configuration());
            assertEquals(5, legacy.bins());
            assertEquals(8, legacy.layer1Units());
            QNetwork network = model.network(legacy);
            assertEquals(5, network.outputs());
            assertEquals(ModelFile.parameterCount(new int[] {3, 8, 6, 5}), network.parameterCount());
        }
    }

    @Test
    void aConfigurationClaimingOtherLayersThanTheNetworkIsRefused() throws IOException {
        try (ModelFile model = ModelFile.open(LEGACY)) {
            RunConfig claims = ConfigTestSupport.with(ConfigResolver.fromStored(model.configuration()), "bins", 20);
            IOException e = assertThrows(IOException.class, () -> model.network(claims));
            assertTrue(e.getMessage().contains("its network has 5 outputs, but its configuration claims 20 bins"),
                    e.getMessage());
            RunConfig wider = ConfigTestSupport.with(ConfigResolver.fromStored(model.configuration()), "layer1_units", 9);
            e = assertThrows(IOException.class, () -> model.network(wider));
            assertTrue(e.getMessage().contains("hidden layer 1 has 8 units, but its configuration claims 9"),
                    e.getMessage());
        }
    }

    @Test
    void parameterCountsOfDenseLayers() {
        // 3*128+128 + 128*64+64 + 64*20+20, as QNetwork counts them
        assertEquals(QNetwork.create(ConfigResolver.builtIn(Algo.DQN), 3, 1).parameterCount(),
                ModelFile.parameterCount(new int[] {3, 128, 64, 20}));
        assertThrows(ArithmeticException.class, () -> ModelFile.parameterCount(new int[] {Integer.MAX_VALUE,
            Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE,
            Integer.MAX_VALUE}));
    }

    private static float[] q(QNetwork network) {
        float[] q = new float[3 * network.outputs()];
        new NetworkFeed(3, network.outputs(), 3).predict(network, STATES, 3, q);
        return q;
    }
}
