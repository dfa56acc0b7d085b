package dqnsweep.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;

class SafeYamlTest {

    private static final Path FILE = Path.of("experiments/t.yaml");

    private static JsonNode read(String yaml) {
        return SafeYaml.read(FILE, yaml).root();
    }

    private static SpecException refused(String yaml) {
        return assertThrows(SpecException.class, () -> SafeYaml.read(FILE, yaml));
    }

    @Test
    void exponentNotationIsReadAsNumbersUnlikePyYaml() {
        JsonNode node = read("a: 1e6\nb: 1.0e-3\nc: 10_000\nd: 2.5\n");
        assertTrue(node.get("a").isDouble());
        assertEquals(1_000_000.0, node.get("a").doubleValue());
        assertTrue(node.get("b").isDouble());
        assertEquals(0.001, node.get("b").doubleValue());
        assertTrue(node.get("c").isInt());
        assertEquals(10_000, node.get("c").intValue());
        assertEquals(2.5, node.get("d").doubleValue());
    }

    @Test
    void onlyTrueAndFalseAreBooleansYesNoOnOffStayText() {
        JsonNode node = read("words: [yes, no, on, off, y, n, Yes, NO]\nflags: [true, false, True, FALSE]\n");
        List<String> words = List.of("yes", "no", "on", "off", "y", "n", "Yes", "NO");
        for (int i = 0; i < words.size(); i++) {
            assertTrue(node.get("words").get(i).isTextual(), words.get(i) + " must stay text");
            assertEquals(words.get(i), node.get("words").get(i).asText());
        }
        assertEquals(List.of(true, false, true, false), List.of(node.get("flags").get(0).booleanValue(),
                node.get("flags").get(1).booleanValue(), node.get("flags").get(2).booleanValue(),
                node.get("flags").get(3).booleanValue()));
        assertTrue(node.get("flags").get(0).isBoolean());
    }

    @Test
    void quotedNumbersStayText() {
        JsonNode node = read("a: \"20\"\nb: '0.5'\n");
        assertTrue(node.get("a").isTextual());
        assertTrue(node.get("b").isTextual());
    }

    @Test
    void billionLaughsIsRefusedAtItsFirstAnchorWellUnderASecond() {
        StringBuilder bomb = new StringBuilder("name: bomb\n");
        bomb.append("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char level = 'b'; level <= 'i'; level++) {
            bomb.append(level).append(": &").append(level).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            bomb.append("]\n");
            previous = level;
        }
        String document = bomb.toString();
        assertTrue(document.contains("i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]"), document);
        SpecException e = assertTimeoutPreemptively(Duration.ofMillis(900), () -> refused(document));
        assertEquals("experiments/t.yaml:2:4: a: anchors (&a) and aliases are not supported in specs: write the values out",
                e.getMessage());
    }

    @Test
    void anAliasIsRefusedWhereItStands() {
        SpecException e = refused("name: x\nbase:\n  bins: *b\n");
        assertTrue(e.getMessage().startsWith("experiments/t.yaml:3:9: base.bins: aliases (*b) are not supported"),
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!java.lang.Runtime x", "!!java.net.URL [\"http://x\"]", "!custom x", "!!binary aGVsbG8=",
            "!!python/object:os.system x", "!!set {a, b}", "!!timestamp 2001-12-14"})
    void explicitTagsOtherThanStandardScalarsAreRefused(String value) {
        SpecException e = refused("name: x\nbase:\n  env: " + value + "\n");
        assertEquals(Optional.of(new SourceMap.Location(3, 8)), e.location(), e.getMessage());
        assertEquals("base.env", e.path());
        assertTrue(e.problem().startsWith("the explicit tag "), e.getMessage());
        assertTrue(e.problem().contains("is not allowed"), e.getMessage());
    }

    @Test
    void standardScalarTagsAreAccepted() {
        JsonNode node = read("a: !!str 20\nb: !!int 5\nc: !!float 1\nd: !!bool true\n");
        assertTrue(node.get("a").isTextual());
        assertEquals(5, node.get("b").intValue());
        assertTrue(node.get("c").isDouble());
        assertTrue(node.get("d").booleanValue());
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "a: " + "[".repeat(40) + "]".repeat(40) + "\n";
        SpecException e = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> refused(deep));
        assertTrue(e.problem().equals("nesting deeper than " + SafeYaml.MAX_DEPTH + " levels is not allowed"), e.getMessage());
        assertEquals(1, e.location().orElseThrow().line());
    }

    @Test
    void loaderOptionsCarryTheLimits() {
        LoaderOptions options = SafeYaml.loaderOptions();
        assertEquals(SafeYaml.MAX_DEPTH, options.getNestingDepthLimit());
        assertEquals(SafeYaml.MAX_CODE_POINTS, options.getCodePointLimit());
        assertEquals(1, options.getMaxAliasesForCollections());
        assertFalse(options.getAllowRecursiveKeys());
    }

    @Test
    void documentsOverTheCodePointLimitAreRefused() {
        String big = "a: '" + "x".repeat(SafeYaml.MAX_CODE_POINTS + 10) + "'\n";
        SpecException e = refused(big);
        assertTrue(e.problem().contains("exceeds the limit"), e.getMessage());
    }

    @Test
    void duplicateKeysNameBothLines() {
        SpecException e = refused("name: x\nbase:\n  bins: 10\n  bins: 20\n");
        assertEquals("experiments/t.yaml:4:3: base.bins: duplicate key 'bins' (first at line 3)", e.getMessage());
    }

    @Test
    void aSecondDocumentIsRefused() {
        SpecException e = refused("name: x\n---\nname: y\n");
        assertEquals(Optional.of(new SourceMap.Location(3, 1)), e.location());
        assertTrue(e.problem().contains("one YAML document"), e.getMessage());
    }

    @Test
    void leadingZeroIntegersAreRefusedBecauseYamlReadsThemAsOctal() {
        SpecException e = refused("base:\n  iterations: 010\n");
        assertEquals("base.iterations", e.path());
        assertEquals(Optional.of(new SourceMap.Location(2, 15)), e.location());
        assertTrue(e.problem().contains("octal"), e.getMessage());
        assertEquals(0, read("a: 0\nb: -0\n").get("a").intValue());
    }

    @Test
    void tabsAreASyntaxErrorAtTheirPosition() {
        SpecException e = refused("name: x\ngrid:\n\tbins: [10]\n");
        assertEquals("experiments/t.yaml:3:1: grid: YAML syntax error: a tab character here; indent with spaces, never tabs",
                e.getMessage());
    }

    @Test
    void badIndentationIsASyntaxErrorAtTheOffendingLine() {
        SpecException e = refused("name: x\ngrid:\n  bins: [10]\n iterations: [1]\n");
        assertEquals(Optional.of(new SourceMap.Location(4, 2)), e.location());
        assertTrue(e.problem().startsWith("YAML syntax error: expected <block end>"), e.getMessage());
        assertTrue(e.problem().contains("check the indentation"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one paragraph");
    }

    @Test
    void unclosedListIsASyntaxError() {
        SpecException e = refused("name: x\ngrid:\n  bins: [10, 20\n");
        assertTrue(e.problem().startsWith("YAML syntax error: "), e.getMessage());
        assertTrue(e.location().isPresent());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void sourceMapKnowsEveryKeyAndValue() {
        SafeYaml.Document document = SafeYaml.read(FILE,
                "name: x\ngrid:\n  bins: [10, 20]\n  iterations:\n    - 100\n    - 1000\ninclude:\n  - {bins: 80}\n");
        SourceMap sources = document.sources();
        assertEquals(Optional.of(new SourceMap.Location(1, 7)), sources.value("name"));
        assertEquals(Optional.of(new SourceMap.Location(1, 1)), sources.key("name"));
        assertEquals(Optional.of(new SourceMap.Location(3, 3)), sources.key("grid.bins"));
        assertEquals(Optional.of(new SourceMap.Location(3, 9)), sources.value("grid.bins"));
        assertEquals(Optional.of(new SourceMap.Location(3, 14)), sources.value("grid.bins[1]"));
        assertEquals(Optional.of(new SourceMap.Location(6, 7)), sources.value("grid.iterations[1]"));
        assertEquals(Optional.of(new SourceMap.Location(8, 5)), sources.value("include[0]"));
        assertEquals(Optional.of(new SourceMap.Location(8, 12)), sources.value("include[0].bins"));
        assertEquals(Optional.empty(), sources.value("grid.bins[2]"));
    }

    @Test
    void emptyTextIsAMissingDocument() {
        assertTrue(read("").isMissingNode());
        assertTrue(read("# only a comment\n").isMissingNode());
    }
}
