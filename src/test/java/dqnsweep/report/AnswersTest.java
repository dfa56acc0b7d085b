package dqnsweep.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dqnsweep.analysis.Analysis;
import dqnsweep.analysis.AnalysisSettings;
import dqnsweep.analysis.ResultsFolder;
import dqnsweep.analysis.SweepData;
import dqnsweep.analysis.SweepFixture;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswersTest {

    @TempDir
    Path dir;

    /** iterations 100 vs 10000: the fixture's level rises by 3.4 per step, far above its seed noise. */
    private Answers answers(long seeds) throws IOException {
        new SweepFixture(dir).axis("iterations", 100, 10000).seeds(LongStream.rangeClosed(1, seeds).boxed()
                .toArray(Long[]::new)).outcomes((values, seed) -> SweepFixture.synthetic(values, seed, 6)).write();
        Analysis analysis = Analysis.of(SweepData.load(ResultsFolder.open(dir)), new AnalysisSettings(200, 0.95, 1));
        return new Answers(analysis, EvalCurves.load(analysis, new ArrayList<>()));
    }

    @Test
    void withFiveSeedsEvenALargeGapIsNotEstablished() throws IOException {
        Answers answers = answers(5);
        assertTrue(answers.best().contains("indistinguishable with 5 seeds"), answers.best());
        assertTrue(answers.best().contains("No cell is named best"));
        assertTrue(answers.alongAxis("iterations").contains("No detectable change with iterations"));
        assertTrue(answers.meaningful().contains("cannot give p below 0.0625"), answers.meaningful());
    }

    @Test
    void withSixSeedsTheBestCellIsNamed() throws IOException {
        // 2 / 2^6 = 0.031: the one comparison is detectable and the best cell distinguishable
        Answers answers = answers(6);
        assertTrue(answers.best().contains("Best cell: iterations=10000"), answers.best());
        assertTrue(answers.alongAxis("iterations").contains("1 of 1 changes along iterations are detectable"),
                answers.alongAxis("iterations"));
    }

    @Test
    void theUpdateBudgetWhenItGrowsSlowerThanTheSteps() throws IOException {
        // the fixture's runs: 25,000 and 2,500,000 steps, min(62 i, 1000 + i) = 1,100 and 11,000 updates
        String budget = answers(2).updateBudget();
        assertTrue(budget.contains("100 iterations: 1,100 gradient steps for 25,000 environment steps"), budget);
        assertTrue(budget.contains("100 \u2192 10000 iterations gives 100.00\u00d7 the environment steps but only "
                + "10.00\u00d7 the gradient steps"), budget);
    }

    @Test
    void anAxisTheSweepDoesNotVary() throws IOException {
        assertTrue(answers(2).alongAxis("bins").contains("does not vary bins"));
    }
}
