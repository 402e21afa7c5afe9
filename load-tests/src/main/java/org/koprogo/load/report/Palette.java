package org.koprogo.load.report;

/**
 * One colour per meaning across every chart, so a reader learns them once: percentiles from cool to warm, the
 * application always blue and PostgreSQL always purple, errors always red, the earlier run of a comparison grey.
 */
final class Palette {

    static final String P50 = "#1f77b4";
    static final String P90 = "#2ca02c";
    static final String P95 = "#2ca02c";
    static final String P99 = "#ff7f0e";
    static final String MAX = "#8c564b";
    static final String REQUESTS = "#1f77b4";
    static final String ERRORS = "#d62728";
    static final String CONNECTIONS = "#17becf";
    static final String APP = "#1f77b4";
    static final String DB = "#9467bd";
    static final String DB_ACTIVE = "#ff7f0e";
    static final String DB_IDLE = "#7f7f7f";
    static final String DB_TOTAL = "#9467bd";
    static final String LOAD = "#8c564b";
    static final String BEFORE = "#8c8c8c";
    static final String AFTER = "#e6550d";
    static final String BAR = "#ff7f0e";

    private Palette() {
    }
}
