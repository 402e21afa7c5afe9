package org.koprogo.load.report;

/** A moment worth a vertical line on a time chart, such as the start of a phase, with its label. */
record Marker(double x, String label) {
}
