package org.koprogo.load.report;

import java.util.List;

import org.koprogo.load.result.RunResult.QueryStat;

/** The statements PostgreSQL spent most time on, from pg_stat_statements; long SQL folds into a details element. */
final class QueryTable {

    private static final int SHOWN_CHARACTERS = 110;

    private QueryTable() {
    }

    static void render(Markup out, List<QueryStat> queries) {
        if (queries.isEmpty()) {
            out.element("p", "No query statistics: pg_stat_statements was not available to this run.",
                    "class", "note");
            return;
        }
        Table table = Table.start(out, "queries").head().heading("query").numericHeading("calls")
                .numericHeading("total ms").numericHeading("mean ms").numericHeading("max ms")
                .numericHeading("rows");
        for (QueryStat query : queries) {
            table.row();
            renderQuery(table.cellMarkup(), query.query() == null ? "" : query.query());
            table.endCellMarkup().number(Format.count(query.calls())).number(Format.ms(query.totalMs()))
                    .number(Format.ms(query.meanMs())).number(Format.ms(query.maxMs()))
                    .number(Format.count(query.rows()));
        }
        table.end();
    }

    private static void renderQuery(Markup out, String sql) {
        String oneLine = sql.replaceAll("\\s+", " ").trim();
        if (oneLine.length() <= SHOWN_CHARACTERS) {
            out.element("code", oneLine);
            return;
        }
        out.open("details").open("summary").element("code", oneLine.substring(0, SHOWN_CHARACTERS) + "…")
                .close("summary").element("pre", sql.strip()).close("details");
    }
}
