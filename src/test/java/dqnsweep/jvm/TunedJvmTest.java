package dqnsweep.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TunedJvmTest {

    /** The tests run under pom.xml's jvm.flags; they must be the flags every user's JVM gets. */
    @Test
    void testsRunWithTheFlagsOfTheLaunchPath() throws IOException {
        Matcher flags = Pattern.compile("<jvm.flags>(.*)</jvm.flags>").matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(flags.find(), "pom.xml defines jvm.flags");
        assertEquals(String.join(" ", TunedJvm.FLAGS), flags.group(1).trim());
    }

    @Test
    void nd4jPropertiesAreTheSystemPropertiesOfTheFlags() {
        assertTrue(TunedJvm.ND4J_PROPERTIES.contains("-Dorg.bytedeco.javacpp.maxPhysicalBytes=0"));
        assertTrue(TunedJvm.ND4J_PROPERTIES.stream().allMatch(flag -> flag.startsWith("-D") && TunedJvm.FLAGS.contains(flag)));
        assertEquals("dqnsweep.nd4j.SharedShapeInfoProvider", System.getProperty("shapeinfoprovider"));
        assertEquals("dqnsweep.nd4j.SharedTadExecutioner", System.getProperty("opexec"));
    }
}
