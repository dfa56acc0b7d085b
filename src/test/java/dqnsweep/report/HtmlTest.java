package dqnsweep.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesMarkupAndQuotes() {
        assertEquals("&lt;script&gt;a &amp;&amp; b&lt;/script&gt; &quot;x&quot; &#39;y&#39;",
                Html.escape("<script>a && b</script> \"x\" 'y'"));
        assertEquals("", Html.escape(null));
    }

    @Test
    void encodesPathSegmentsButKeepsCellIdsReadable() {
        assertEquals("cells/bins=10_iterations=100/1", Html.path("cells/bins=10_iterations=100/1"));
        assertEquals("cells/name=a%20b%23%3F%22/1", Html.path("cells/name=a b#?\"/1"));
        assertEquals("cells/%C3%A9", Html.path("cells/\u00e9"));
    }

    @Test
    void formatsNumbers() {
        assertEquals("-0.758", Html.number(-0.75812, 3));
        assertEquals("0.000", Html.number(-0.0001, 3), "no negative zero");
        assertEquals(Html.DASH, Html.number(Double.NaN, 3));
        assertEquals("73%", Html.percent(0.7333));
        assertEquals("12.3 s", Html.duration(12.34));
        assertEquals("2 min 05 s", Html.duration(125));
        assertEquals("1 h 01 min", Html.duration(3660));
    }
}
