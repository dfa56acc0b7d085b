package dqnsweep;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package structure, checked on the compiled classes: the table of allowed imports in the
 * README's architecture section is the rule, so the README and the code cannot drift apart, and
 * the table itself must keep the flow's fixed rules.
 */
class ArchitectureTest {

    private static final String ROOT = "dqnsweep";
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9]+)` \\|[^|]*\\| ([^|]*) \\|\\s*$");

    private static JavaClasses classes;
    private static Map<String, Set<String>> allowed;

    @BeforeAll
    static void importClasses() throws IOException {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        allowed = readmeTable();
    }

    @Test
    void everyPackageIsInTheReadmesTable() {
        Set<String> packages = new TreeSet<>();
        classes.forEach(c -> {
            String name = c.getPackageName();
            if (name.startsWith(ROOT + ".")) {
                packages.add(name.substring(ROOT.length() + 1).split("\\.")[0]);
            }
        });
        assertEquals(packages, new TreeSet<>(allowed.keySet()), "packages in the code vs the README's table");
    }

    @Test
    void everyPackageImportsOnlyWhatTheTableAllows() {
        for (Map.Entry<String, Set<String>> entry : allowed.entrySet()) {
            if (entry.getValue().contains("all")) {
                continue;
            }
            String[] forbidden = allowed.keySet().stream()
                    .filter(other -> !other.equals(entry.getKey()) && !entry.getValue().contains(other))
                    .map(other -> ROOT + "." + other + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage(ROOT + "." + entry.getKey() + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                    .because("the README's architecture table allows " + entry.getKey() + " to import only "
                            + entry.getValue())
                    .check(classes);
        }
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void statisticsAndReportsNeverTouchDl4j() {
        noClasses().that().resideInAnyPackage(ROOT + ".analysis..", ROOT + ".report..", ROOT + ".stats..")
                .should().dependOnClassesThat().resideInAnyPackage("org.deeplearning4j..", "org.nd4j..")
                .because("the report is built from files alone").check(classes);
    }

    /** The table may change, but not against the flow spec -> grid -> sweep -> run -> analysis -> report. */
    @Test
    void theTableKeepsTheFlowsFixedRules() {
        assertTrue(allowed.get("sim").isEmpty(), "sim imports nothing of the project");
        for (String pkg : List.of("spec", "grid")) {
            assertFalse(allowed.get(pkg).contains("agent"), pkg + " imports nothing of agent");
        }
        for (String pkg : List.of("report", "cli")) {
            assertFalse(allowed.get("sweep").contains(pkg), "sweep imports nothing of " + pkg);
        }
        assertFalse(allowed.get("analysis").contains("report"), "analysis comes before report");
    }

    /** Package name to the packages it may import, from the README's architecture section. */
    private static Map<String, Set<String>> readmeTable() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int start = lines.indexOf("## Architecture");
        assertTrue(start >= 0, "README.md has an '## Architecture' section");
        Map<String, Set<String>> table = new LinkedHashMap<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                String imports = row.group(2).trim();
                List<String> names = new ArrayList<>();
                if (!imports.equals("-")) {
                    Arrays.stream(imports.split(",")).map(String::trim).forEach(names::add);
                }
                table.put(row.group(1), new TreeSet<>(names));
            }
        }
        assertFalse(table.isEmpty(), "the architecture section has a table of packages");
        return table;
    }
}
