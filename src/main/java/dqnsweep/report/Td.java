package dqnsweep.report;

import dqnsweep.stats.Interval;

/** Table cells of the page; each carries its sort key in data-v (empty sorts last). */
final class Td {

    private Td() {
    }

    static String text(String text) {
        return "<td class=\"l\">" + Html.escape(text) + "</td>";
    }

    static String number(double value, int digits) {
        return "<td data-v=\"" + Html.sortKey(value) + "\">" + Html.number(value, digits) + "</td>";
    }

    static String percent(double share) {
        return "<td data-v=\"" + Html.sortKey(share) + "\">" + Html.percent(share) + "</td>";
    }

    /** An interval with the decimals its width needs (at least {@code min}), sorted by {@code sortBy}. */
    static String interval(Interval interval, int min, double sortBy) {
        return "<td data-v=\"" + Html.sortKey(sortBy) + "\">" + Digits.interval(interval, min) + "</td>";
    }

    /** An estimate with its interval's decimals. */
    static String estimate(double value, Interval interval, int min) {
        return "<td data-v=\"" + Html.sortKey(value) + "\">" + Digits.estimate(value, interval, min) + "</td>";
    }

    static String percentInterval(Interval interval) {
        String text = interval.defined() ? "[" + Html.percent(interval.low()) + ", " + Html.percent(interval.high())
                + "]" : Html.DASH;
        return "<td data-v=\"" + Html.sortKey(interval.low()) + "\">" + text + "</td>";
    }

    static String pValue(double p) {
        return "<td data-v=\"" + Html.sortKey(p) + "\">" + Digits.pValue(p) + "</td>";
    }
}
