package dqnsweep.report;

/**
 * One image of the report.
 *
 * @param file its name inside report/
 * @param title heading above it
 * @param caption what it shows and how to read it
 */
record Figure(String file, String title, String caption) {
}
