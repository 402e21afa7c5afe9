package org.koprogo.load.report;

import java.util.function.Consumer;

/**
 * The frame both pages share: one HTML file that needs nothing else, its style sheet inline, no script, no
 * fonts or images to fetch, so it opens from an archive or an e-mail years later and prints as it shows.
 */
final class Page {

    /** Charts are drawn this wide, the content width of the page; printed, they shrink to the paper. */
    static final int CHART_WIDTH = 1100;

    private static final String STYLE = """
            :root { --bad: #c62828; --good: #2e7d32; --muted: #666; --line: #ddd; }
            * { box-sizing: border-box; }
            body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
                   sans-serif; color: #222; margin: 24px auto; max-width: 1140px; padding: 0 20px; }
            h1 { font-size: 24px; margin: 0 0 4px; }
            h2 { font-size: 19px; margin: 32px 0 10px; padding-bottom: 4px; border-bottom: 2px solid #eee; }
            h3 { font-size: 15px; margin: 18px 0 6px; }
            .sub { color: var(--muted); margin: 0 0 16px; }
            table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 13px; }
            th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
            th { background: #f5f5f5; font-weight: 600; }
            .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            .facts th { width: 34%; background: none; color: var(--muted); font-weight: normal; }
            .columns { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
            .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 10px; }
            .card { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; background: #fafafa; }
            .card .label { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
            .card .value { font-size: 22px; font-weight: 600; font-variant-numeric: tabular-nums; }
            .card .detail { color: var(--muted); font-size: 12px; }
            .card.bad { border-color: var(--bad); background: #fdecea; }
            .card.bad .value { color: var(--bad); }
            .bad { color: var(--bad); font-weight: 600; }
            .good { color: var(--good); font-weight: 600; }
            .same { color: var(--muted); }
            .note { color: var(--muted); font-style: italic; }
            .verdict { border-left: 4px solid var(--line); padding: 8px 12px; margin: 8px 0; }
            .verdict.good { border-color: var(--good); background: #edf7ed; }
            .verdict.bad { border-color: var(--bad); background: #fdecea; }
            svg.chart { display: block; max-width: 100%; height: auto; margin: 12px 0; }
            svg text { font-family: inherit; }
            .chart-title { font-size: 14px; font-weight: 600; fill: #222; }
            .tick { font-size: 11px; fill: #555; }
            .legend, .bar-label, .bar-value { font-size: 12px; fill: #333; }
            .grid { stroke: #e8e8e8; }
            .axis { stroke: #888; }
            .line { fill: none; stroke-width: 1.6; stroke-linejoin: round; }
            .marker { stroke: #555; stroke-dasharray: 4 3; }
            .marker-label { font-size: 11px; fill: #444; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
            .hover { fill: transparent; }
            .hover:hover { fill: rgba(0, 0, 0, .07); }
            .percentile { stroke-dasharray: 4 2; stroke-width: 1.5; }
            .percentile-label { font-size: 11px; font-weight: 600; paint-order: stroke; stroke: #fff;
                                stroke-width: 3px; }
            .frame-label { font-size: 11px; fill: #222; pointer-events: none; }
            .histograms { display: grid; grid-template-columns: 1fr 1fr; gap: 4px 20px; }
            details summary { cursor: pointer; }
            code, pre { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 12px; }
            pre { white-space: pre-wrap; word-break: break-word; background: #f7f7f7; padding: 6px; margin: 4px 0; }
            @media print {
              body { margin: 0; max-width: none; padding: 0; }
              h2 { break-after: avoid; }
              .card, tr, svg.chart, .verdict { break-inside: avoid; }
            }
            """;

    private Page() {
    }

    static String render(String title, Consumer<Markup> body) {
        Markup out = new Markup();
        out.trusted("<!DOCTYPE html>\n");
        out.open("html", "lang", "en").open("head");
        out.empty("meta", "charset", "utf-8");
        out.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        out.empty("meta", "name", "generator", "content", "KoproGo load-tests report");
        out.element("title", title);
        out.open("style").trusted(STYLE).close("style");
        out.close("head").open("body");
        body.accept(out);
        out.close("body").close("html");
        return out.toString();
    }
}
