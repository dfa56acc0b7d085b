package dqnsweep.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dqnsweep.sim.EnvName;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReferenceCsvTest {

    private static final ReferenceKey KEY = new ReferenceKey(EnvName.PENDULUM, 10, 1, 5, 3, 250);

    @Test
    void roundTripKeepsEveryBit() {
        Reference reference = FakeSource.reference(KEY);
        assertEquals(reference, ReferenceCsv.parse(KEY, ReferenceCsv.format(reference)).orElseThrow());
    }

    /** The layout is the cache's contract with files written by earlier runs. */
    @Test
    void headerThenOneRowPerEpisode() {
        Reference reference = new Reference(KEY, new double[] {-0.5, -0.25, -1e-5}, new double[] {-100, -50.5, 0},
                new double[] {-6, -6.5, -7}, new double[] {-1200, -1300, -1400.125});
        assertEquals("""
                episode,optimal_average_reward,optimal_return_200,random_average_reward,random_return_200
                1,-0.5,-100.0,-6.0,-1200.0
                2,-0.25,-50.5,-6.5,-1300.0
                3,-1.0E-5,0.0,-7.0,-1400.125
                """, ReferenceCsv.format(reference));
    }

    @Test
    void numbersDoNotFollowTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            String text = ReferenceCsv.format(FakeSource.reference(KEY));
            assertEquals(4 * KEY.episodes(), text.chars().filter(c -> c == '.').count());
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void incompleteOrForeignTextIsRejected() {
        String whole = ReferenceCsv.format(FakeSource.reference(KEY));
        String[] broken = {
            whole.substring(0, whole.length() - 1),
            whole.substring(0, whole.length() - 3),
            whole + "4,-0.5,-100,-6,-1200\n",
            whole.replace("\n2,", "\n3,"),
            whole.replaceFirst("-6\\.", "NaN"),
            whole.replaceFirst("\n1,", "\n1,,"),
            whole.replaceFirst("episode,", "episode;"),
            whole.replace("\n", "\r\n"),
            "",
        };
        for (String text : broken) {
            assertTrue(ReferenceCsv.parse(KEY, text).isEmpty(), text);
        }
        ReferenceKey moreEpisodes = new ReferenceKey(EnvName.PENDULUM, 10, 1, 5, 4, 250);
        assertTrue(ReferenceCsv.parse(moreEpisodes, whole).isEmpty());
    }
}
